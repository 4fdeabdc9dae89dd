// next-auth reports sign-in failures as ?error=<code>; these are the words a person reads.
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith("AccountLocked")) {
    const minutes = Number(code.split(":")[1]);
    const wait =
      Number.isInteger(minutes) && minutes > 0
        ? `${minutes} minute${minutes === 1 ? "" : "s"}`
        : "15 minutes";
    return `Too many failed sign-ins for this email. Sign-in is paused; try again in ${wait}.`;
  }
  switch (code) {
    case "CredentialsSignin":
      return "Wrong email or password.";
    case "AccessDenied":
      return "This account has no access to the library. Ask an admin to add your email.";
    case "SessionRequired":
      return null;
    default:
      return "Sign-in failed. Try again.";
  }
}
