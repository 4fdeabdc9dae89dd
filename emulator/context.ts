// What every handler gets: the running emulator's state, built once in server.ts.
import type { ServerResponse } from "node:http";
import type { EmulatorDb } from "./db";
import type { FaultBook } from "./faults";
import type { MediaStore } from "./media";
import type { RequestLog } from "./request-log";

export interface EmulatorContext {
  db: EmulatorDb;
  media: MediaStore;
  faults: FaultBook;
  log: RequestLog;
  keys: { webApiKey: string; appKey: string };
  /** Prefix for emulator-hosted media URLs; known once the server listens. */
  mediaOrigin: string;
  printLog: boolean;
  /** Aborted by close(): pending latency waits end, held (timeout) answers are dropped. */
  closing: AbortSignal;
  /** Keeps an answer open forever (the `timeout` fault); close() destroys it. */
  hold(res: ServerResponse): void;
  reset(): void;
}
