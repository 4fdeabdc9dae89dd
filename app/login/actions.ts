"use server";

import { headers } from "next/headers";
import { signInGuard } from "@/lib/server/auth/sign-in-guard";
import { emailSchema } from "@/lib/server/auth/users-file";
import { clientAddress } from "@/lib/server/client-address";
import { serverConfig } from "@/lib/server/config";

const toMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * Minutes left on the sign-in pause for this email from the caller's own address, or null. It
 * tells only what that address's own failures caused, never anything about other addresses.
 */
export async function signInPauseMinutes(email: unknown): Promise<number | null> {
  const parsed = emailSchema.safeParse(email);
  const address = clientAddress(await headers(), serverConfig().trustProxy);
  const guard = signInGuard();
  const pause = parsed.success
    ? await guard.pause(parsed.data, address)
    : await guard.addressPause(address);
  return pause ? toMinutes(pause.retryAfterMs) : null;
}
