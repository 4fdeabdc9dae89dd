import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export interface UpstreamSummary {
  endpoint: string;
  outcome: string;
  referenceId: string | undefined;
}

/** What one API request collects while it runs, for its single log line. */
export interface RequestContext {
  upstream: UpstreamSummary[];
}

// One store per process, whichever route bundle loads this module first.
const KEY = Symbol.for("finerworks-dashboard.request-context");
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(
  context: RequestContext,
  run: () => Promise<T>,
): Promise<T> {
  return storage.run(context, run);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
