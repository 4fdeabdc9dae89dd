// vitest's global setup: the throwaway PostgreSQL and Redis of scripts/lib/test-services.mjs,
// unless `npm test` already started them (TEST_SERVICES=started) for vitest and Playwright both;
// and a temp SQLite store, so no test writes to data/app.db.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServices } from "../../scripts/lib/test-services.mjs";

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "fw-vitest-store-"));
  process.env.DATABASE_URL ??= `file:${join(dir, "app.db")}`;
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (process.env.TEST_SERVICES === "started") return cleanup;
  const services = await startTestServices();
  Object.assign(process.env, services.env, { TEST_SERVICES: "started" });
  if (services.skipped) console.warn(services.skipped);
  return () => {
    services.stop();
    cleanup();
  };
}
