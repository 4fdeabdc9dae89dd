import "server-only";
import { createHash } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import { log } from "@/lib/server/log";
import { stores } from "@/lib/server/stores";
import type {
  IdempotencyStore,
  Reservation,
  StoredResponse,
} from "@/lib/server/stores/idempotency";
import { AppError } from "@/lib/server/errors/app-error";
import { json } from "./handler";

const KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;
/** How long a replay waits for the first request (maybe on another instance) to finish. */
const IN_FLIGHT_WAIT_MS = 10_000;
const IN_FLIGHT_POLL_MS = 150;

/**
 * With an Idempotency-Key header, the first answer (per user and key, for 24 h) is replayed to
 * any retry instead of doing the work again. Work that throws is forgotten so it can be retried.
 */
export async function idempotent(
  req: Request,
  user: SessionUser,
  body: unknown,
  run: () => Promise<StoredResponse>,
): Promise<Response> {
  const key = req.headers.get("idempotency-key");
  if (key === null) {
    const answer = await run();
    return json(answer.body, answer.status);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("invalid_request", "The Idempotency-Key header is not valid.", {
      fields: { "Idempotency-Key": ["must be 1 to 255 visible ASCII characters"] },
    });
  }
  const store = stores().idempotency;
  const storeKey = `${user.email}\n${key}`;
  const fingerprint = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const reservation = await reserveOrAwait(store, storeKey, fingerprint);
  if (reservation.state !== "new" && reservation.fingerprint !== fingerprint) {
    throw new AppError(
      "conflict",
      "This Idempotency-Key was already used for a different request.",
    );
  }
  if (reservation.state === "pending") {
    throw new AppError(
      "conflict",
      "A request with this Idempotency-Key is still in progress. Retry in a moment.",
      { retryAfterSeconds: 2 },
    );
  }
  if (reservation.state === "done") {
    return json(reservation.response.body, reservation.response.status, {
      "idempotent-replayed": "true",
    });
  }
  let answer: StoredResponse;
  try {
    answer = await run();
  } catch (error) {
    // If the store is down too, the key stays pending until its short lifetime runs out.
    await store.release(storeKey).catch(() => undefined);
    throw error;
  }
  try {
    await store.complete(storeKey, fingerprint, answer);
  } catch (error) {
    // The work is done: answer it. The key stays pending, so a retry waits or gets 409, never a
    // second add.
    log("error", "idempotency.not_stored", {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  return json(answer.body, answer.status);
}

/**
 * A retry that arrives while the first request is still at work (here or on another instance)
 * waits a little for its answer rather than failing: the usual case is a client that timed out
 * and retried at once. It never does the work itself.
 */
async function reserveOrAwait(
  store: IdempotencyStore,
  key: string,
  fingerprint: string,
): Promise<Reservation> {
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  for (;;) {
    const reservation = await store.reserve(key, fingerprint);
    const waiting = reservation.state === "pending" && reservation.fingerprint === fingerprint;
    if (!waiting || Date.now() >= deadline) return reservation;
    await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
  }
}
