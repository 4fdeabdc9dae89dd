import "server-only";
import { z } from "zod";
import { serverConfig } from "@/lib/server/config";
import { clientAddress } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";
import { signInGuard, type SignInPause } from "./sign-in-guard";
import { emailSchema } from "./users-file";
import { verifyPassword } from "./users";

/** Error codes the login page turns into messages (next-auth passes them as ?error=). */
export const SIGN_IN_ERRORS = {
  wrongPassword: "CredentialsSignin",
  accountLocked: "AccountLocked",
  addressLocked: "AddressLocked",
  tooManyAttempts: "TooManyAttempts",
  noAccess: "AccessDenied",
  unavailable: "Unavailable",
} as const;

const PAUSE_ERRORS: Record<SignInPause["kind"], string> = {
  too_many_attempts: SIGN_IN_ERRORS.tooManyAttempts,
  account_locked: SIGN_IN_ERRORS.accountLocked,
  address_locked: SIGN_IN_ERRORS.addressLocked,
};

const credentialsSchema = z.object({
  email: emailSchema,
  // bcrypt reads 72 bytes; the cap only stops someone making us hash megabytes.
  password: z.string().min(1).max(1024),
});

/**
 * How long an attempt over the address's budget waits before its refusal. Refusing at once would
 * let one client turn the budget into a request loop as fast as the server can answer (each
 * answer costs the main thread about as much as a page read); waiting holds it to
 * `concurrency / delay` requests a second and costs nothing but a timer.
 */
export const TOO_MANY_ATTEMPTS_DELAY_MS = 2_500;

export interface CredentialsRequest {
  headers?: Record<string, unknown>;
}

function refuse(pause: SignInPause, email: string | null, address: string): never {
  log("warn", "auth.sign_in", { user: email, address, outcome: pause.kind });
  // No minutes in the code: the page asks the server for them, so a URL cannot make them up.
  throw new Error(PAUSE_ERRORS[pause.kind]);
}

/**
 * next-auth's authorize() for email and password. The password is always hashed, for unknown
 * emails and paused accounts too, so the answer's timing tells nothing about either.
 */
export async function authorizeCredentials(raw: unknown, request?: CredentialsRequest) {
  try {
    return await authorizeWithGuard(raw, request);
  } catch (error) {
    // Without the shared store no attempt can be counted: sign-in fails closed.
    if (!isStoreUnavailable(error)) throw error;
    log("error", "auth.sign_in", { outcome: "unavailable", reason: "shared store down" });
    throw new Error(SIGN_IN_ERRORS.unavailable);
  }
}

async function authorizeWithGuard(raw: unknown, request?: CredentialsRequest) {
  const address = clientAddress(request?.headers ?? {}, serverConfig().trustProxy);
  const guard = signInGuard();
  const tooFast = await guard.takeAttempt(address);
  if (tooFast) {
    await new Promise((resolve) => setTimeout(resolve, TOO_MANY_ATTEMPTS_DELAY_MS));
    refuse(tooFast, null, address);
  }

  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const paused = await guard.pause(email, address);
  const user = await verifyPassword(email, password);
  if (paused) refuse(paused, email, address);
  if (!user) {
    const pausedNow = await guard.recordFailure(email, address);
    if (pausedNow) refuse(pausedNow, email, address);
    log("warn", "auth.sign_in", { user: email, address, outcome: "failed" });
    return null;
  }
  await guard.recordSuccess(email, address);
  log("info", "auth.sign_in", {
    user: email,
    address,
    role: user.role,
    outcome: "ok",
    provider: "credentials",
  });
  return { id: user.email, email: user.email, name: user.name, role: user.role };
}
