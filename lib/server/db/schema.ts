// The store's tables, typed for Kysely. Times are epoch milliseconds (bigint in PostgreSQL,
// integer in SQLite), so both engines sort and compare them the same way.
import type { Insertable, Selectable } from "kysely";
import type { ActivityAction } from "@/lib/schemas/activity";
import type { ProductTables } from "./product-tables";
import type { TriageTables } from "./triage-tables";

/** What the table holds; "unknown" is also shown for a `pending` entry past its deadline. */
export type StoredOutcome = "pending" | "ok" | "failed" | "unknown";

export interface ActivityTable {
  id: string;
  /** When the entry was written (before the upstream call). */
  at: number;
  /** A `pending` entry older than this never got its answer (e.g. the process was killed). */
  deadline_at: number;
  completed_at: number | null;
  actor_email: string;
  actor_name: string;
  actor_role: string;
  action: ActivityAction;
  image_guid: string | null;
  image_title: string | null;
  before_title: string | null;
  before_description: string | null;
  after_title: string | null;
  after_description: string | null;
  outcome: StoredOutcome;
  error_code: string | null;
  reference_id: string | null;
  request_id: string;
  batch_id: string | null;
  /** For image.restore: the entry whose before-text was put back. */
  restore_of: string | null;
  removed_products_count: number;
}

/** A virtual inventory product that an update was about to make FinerWorks destroy. */
export interface RemovedProductTable {
  id: string;
  activity_id: string;
  image_guid: string;
  image_title: string | null;
  image_thumbnail: string | null;
  sku: string;
  product_code: string | null;
  name: string;
  /** The whole product as FinerWorks sent it (JSON). */
  product: string;
}

export interface Database extends ProductTables, TriageTables {
  activity: ActivityTable;
  removed_product: RemovedProductTable;
}

export type ActivityRow = Selectable<ActivityTable>;
export type NewActivity = Insertable<ActivityTable>;
export type NewRemovedProduct = Insertable<RemovedProductTable>;
