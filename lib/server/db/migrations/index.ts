// Every migration, in order. Listed here (not read from a folder at run time) so the Next.js
// server bundle carries them; names only ever get added, never changed.
import type { Migration, MigrationProvider } from "kysely";
import * as history from "./0001-history";
import * as productsSnapshot from "./0002-products-snapshot";
import * as productDetails from "./0003-product-details";
import * as triageViews from "./0004-triage-views";
import * as snapshotSearch from "./0005-snapshot-search";

const MIGRATIONS: Record<string, Migration> = {
  "0001-history": history,
  "0002-products-snapshot": productsSnapshot,
  "0003-product-details": productDetails,
  "0004-triage-views": triageViews,
  "0005-snapshot-search": snapshotSearch,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
