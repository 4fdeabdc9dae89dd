// The emulator's public types. server.ts re-exports them; the e2e fixtures import them.
import type { EmulatorDb } from "./db";

export type EndpointName = "list_images" | "add_images" | "update_images" | "test_my_credentials";

export interface EmulatorOptions {
  /** 0 = a random free port (default 0). */
  port?: number;
  host?: string;
  /** Default: a fresh temp dir, removed again by close(). */
  dataDir?: string;
  webApiKey?: string;
  appKey?: string;
  /** Origin used to build media URLs (default: the bound origin). */
  publicOrigin?: string;
  /** Default "demo"; `{ images: N }` is the big seed (emulator/seed-big.ts). */
  seed?: "demo" | "none" | { images: number };
  /** Reseed even when dataDir already holds a database. */
  reset?: boolean;
  /** Print one line per request (never the key headers). Default false. */
  log?: boolean;
  /** Where generated artwork lives. Default: `<dataDir>/media` when dataDir is given, else
   *  EMULATOR_MEDIA_CACHE_DIR or `<cwd>/data/emulator-media-cache`, shared across test runs. */
  mediaDir?: string;
  /** Generate all seeded artwork in the background after start (default false: on demand). */
  prewarmMedia?: boolean;
  /** Faults active from the start. */
  faults?: FaultSpec[];
}

export type FaultKind = "latency" | "http_500" | "timeout" | "malformed_json" | "success_false";

export interface FaultSpec {
  endpoint: EndpointName | "*";
  kind: FaultKind;
  latency_ms?: number;
  /** Let this many matching calls through first. */
  skip?: number;
  /** Then apply to this many calls (default: until cleared). */
  times?: number;
}

export interface LoggedRequest {
  seq: number;
  at: string;
  method: string;
  path: string;
  endpoint: string | null;
  body: unknown;
  /** The HTTP status sent; 0 while unanswered (a `timeout` fault never answers). */
  status: number;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4010/v3 */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
  setFault(f: FaultSpec): void;
  clearFaults(): void;
  requests(): LoggedRequest[];
  clearRequests(): void;
  /** Back to the seeded state (data only: faults and the request log are kept). */
  reset(): void;
  db: EmulatorDb;
}
