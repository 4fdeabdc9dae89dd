// next-auth reports sign-in failures as ?error=<code>; these are the words a person reads.
// Pause lengths never come from the code (a URL anyone can write): the server supplies them.

/** Codes for which the page asks the server how long sign-in stays paused. */
export const PAUSE_CODES = ["AccountLocked", "AddressLocked"] as const;
export type PauseCode = (typeof PAUSE_CODES)[number];

/** The code without anything after a colon (older links carried minutes there). */
export function signInErrorCode(raw: string | null | undefined): string | null {
  return raw ? (raw.split(":")[0] ?? null) : null;
}

export function isPauseCode(code: string | null): code is PauseCode {
  return (PAUSE_CODES as readonly string[]).includes(code ?? "");
}

function retryIn(minutes: number | null | undefined): string {
  return minutes && Number.isInteger(minutes) && minutes > 0
    ? `try again in ${minutes} minute${minutes === 1 ? "" : "s"}`
    : "try again later";
}

export function signInErrorMessage(
  raw: string | null | undefined,
  minutesLeft?: number | null,
): string | null {
  switch (signInErrorCode(raw)) {
    case null:
    case "SessionRequired":
      return null;
    case "AccountLocked":
      return `Too many failed sign-ins for this email. Sign-in is paused; ${retryIn(minutesLeft)}.`;
    case "AddressLocked":
      return `Too many failed sign-ins from your network. Sign-in is paused; ${retryIn(minutesLeft)}.`;
    case "TooManyAttempts":
      return "Too many sign-in attempts. Wait a minute and try again.";
    case "CredentialsSignin":
      return "Wrong email or password.";
    case "Unavailable":
      return "Sign-in is unavailable for a moment. Try again shortly.";
    case "AccessDenied":
      return "This account has no access to the library. Ask an admin to add your email.";
    default:
      return "Sign-in failed. Try again.";
  }
}
