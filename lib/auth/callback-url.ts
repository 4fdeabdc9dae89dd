// Where to go after signing in: same-site paths only, so /login cannot be used as an open redirect.
export const DEFAULT_AFTER_SIGN_IN = "/images";

export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return DEFAULT_AFTER_SIGN_IN;
  // A callback back to the login page itself would loop.
  if (value === "/login" || value.startsWith("/login?")) return DEFAULT_AFTER_SIGN_IN;
  return value;
}
