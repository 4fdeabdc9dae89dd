import "server-only";

/**
 * A shared store (Redis) could not answer in time. Mutations and sign-in fail closed on it with
 * 503 `unavailable`; reads decide for themselves whether they can go on without the store.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}
