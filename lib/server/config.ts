import "server-only";
import { readServerEnv, type parseServerEnv } from "@/lib/env/server-schema.mjs";

export type ServerConfig = ReturnType<typeof parseServerEnv>;

let cached: ServerConfig | undefined;

/** The validated server configuration (parsed once per process). */
export function serverConfig(): ServerConfig {
  cached ??= readServerEnv();
  return cached;
}

/** Tests change the environment between cases; this drops the cached parse. */
export function resetServerConfigForTests(): void {
  cached = undefined;
}
