// npm run db:migrate [-- down]: applies every pending migration to the configured store
// (DATABASE_URL, or data/app.db), under the same lock the server takes. `down` reverts the
// newest migration, which may delete data: only on purpose.
import nextEnv from "@next/env";
import { parseServerEnv } from "../lib/env/server-schema.mjs";
import { openStore } from "../lib/server/db/connection";
import { migrateDownOne, migrateToLatest } from "../lib/server/db/migrate";

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
const direction = process.argv[2] ?? "up";
if (direction !== "up" && direction !== "down") {
  console.error("Usage: npm run db:migrate [-- up|down]");
  process.exit(2);
}
const { database } = parseServerEnv(process.env);
const where = database.engine === "sqlite" ? database.file : "PostgreSQL (DATABASE_URL)";
const store = openStore(database, (error) => console.error(`store: ${error.message}`));
try {
  const { applied } =
    direction === "up" ? await migrateToLatest(store) : await migrateDownOne(store);
  const verb = direction === "up" ? "applied" : "reverted";
  console.info(
    applied.length > 0 ? `${where}: ${verb} ${applied.join(", ")}` : `${where}: up to date`,
  );
} catch (error) {
  console.error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
