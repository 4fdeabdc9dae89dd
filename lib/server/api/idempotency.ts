import "server-only";
import { createHash } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import { stores } from "@/lib/server/stores";
import type { StoredResponse } from "@/lib/server/stores/idempotency";
import { ApiError } from "./errors";
import { json } from "./handler";

const KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;

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
    throw new ApiError("invalid_request", "The Idempotency-Key header is not valid.", {
      fields: { "Idempotency-Key": ["must be 1 to 255 visible ASCII characters"] },
    });
  }
  const store = stores().idempotency;
  const storeKey = `${user.email}\n${key}`;
  const fingerprint = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const reservation = await store.reserve(storeKey, fingerprint);
  if (reservation.state !== "new" && reservation.fingerprint !== fingerprint) {
    throw new ApiError(
      "conflict",
      "This Idempotency-Key was already used for a different request.",
    );
  }
  if (reservation.state === "pending") {
    throw new ApiError(
      "conflict",
      "A request with this Idempotency-Key is still in progress. Retry in a moment.",
      {
        headers: { "retry-after": "2" },
      },
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
    await store.release(storeKey);
    throw error;
  }
  await store.complete(storeKey, answer);
  return json(answer.body, answer.status);
}
