import { readServerEnv } from "./env/server-schema.mjs";

/** Called by next.config.mjs: a bad environment stops `next build` / `next start` with a clear message. */
export function loadServerEnvAtBuild() {
  try {
    readServerEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
