// The emulator's data access: one better-sqlite3 connection (WAL) per running emulator.
// Synchronous by design: the HTTP layer awaits nothing while it holds a transaction.
import Database from "better-sqlite3";
import { existsSync, rmSync } from "node:fs";
import type { SortField } from "@/lib/schemas/finerworks";
import { CREATE_SQL, DROP_SQL, SCHEMA_VERSION } from "./db-schema";
import { OrderCache } from "./order-cache";
import type { ImageRow, ListFilter, NewImage, StoredProduct } from "./records";

export interface OpenOptions {
  /** The seed's images, inserted into a fresh database and by reset(). */
  seed: () => Iterable<NewImage>;
  /** Throw away an existing database file first. */
  reset?: boolean;
}

export interface ImagePatch {
  title?: string | null;
  description?: string | null;
  active?: boolean;
}

export interface EmulatorStats {
  images: number;
  inventory: number;
  temporary: number;
  active: number;
  inactive: number;
  products: number;
  imagesWithProducts: number;
}

const SORT_COLUMNS: Record<SortField, string> = {
  id: "id",
  title: "title",
  file_name: "file_name",
  file_size: "file_size",
  date_added: "added_at",
};

const INSERT_IMAGE_SQL = `INSERT INTO images (guid, library, title, description, file_name, file_size,
  thumbnail_file_name, preview_file_name, hires_file_name, public_thumbnail_uri, public_preview_uri,
  private_hires_uri, personal_gallery_title, members_gallery_category, pix_w, pix_h, added_at, expires_at, active)
  VALUES (@guid, @library, @title, @description, @file_name, @file_size, @thumbnail_file_name,
  @preview_file_name, @hires_file_name, @public_thumbnail_uri, @public_preview_uri, @private_hires_uri,
  @personal_gallery_title, @members_gallery_category, @pix_w, @pix_h, @added_at, @expires_at, @active)`;

export class EmulatorDb {
  private readonly order = new OrderCache();
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly sqlite: Database.Database,
    private readonly seed: () => Iterable<NewImage>,
  ) {}

  static open(file: string, options: OpenOptions): EmulatorDb {
    if (options.reset)
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const existed = existsSync(file);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    const db = new EmulatorDb(sqlite, options.seed);
    if (!existed || db.storedSchemaVersion() !== SCHEMA_VERSION) db.recreate();
    return db;
  }

  close(): void {
    this.sqlite.close();
  }

  /** Runs fn in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }

  /** Back to the seeded data; ids restart so seeded ids stay stable. */
  reset(): void {
    this.transaction(() => {
      this.sqlite.exec("DELETE FROM products; DELETE FROM images; DELETE FROM sqlite_sequence;");
      this.insertImages(this.seed());
    });
    this.order.clear();
  }

  /** Inserts images and their products in one transaction; returns the new ids in order. */
  insertImages(images: Iterable<NewImage>): number[] {
    const insertImage = this.statement(INSERT_IMAGE_SQL);
    const insertProduct = this.statement(
      "INSERT INTO products (image_id, position, data) VALUES (?, ?, ?)",
    );
    const libraries = new Set<NewImage["library"]>();
    const ids = this.transaction(() => {
      const inserted: number[] = [];
      // One image at a time, so a generated seed of 100k images is never all in memory.
      for (const image of images) {
        const { products, active, ...columns } = image;
        const id = Number(insertImage.run({ ...columns, active: active ? 1 : 0 }).lastInsertRowid);
        products?.forEach((product, position) =>
          insertProduct.run(id, position, JSON.stringify(product)),
        );
        libraries.add(image.library);
        inserted.push(id);
      }
      return inserted;
    });
    for (const library of libraries) this.order.invalidateLibrary(library);
    return ids;
  }

  imagesByIds(ids: readonly number[]): ImageRow[] {
    if (ids.length === 0) return [];
    const rows = this.statement(
      "SELECT * FROM images WHERE id IN (SELECT value FROM json_each(?))",
    ).all(JSON.stringify(ids)) as ImageRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  imageByGuid(guid: string): ImageRow | undefined {
    return this.statement("SELECT * FROM images WHERE guid = ?").get(guid.toLowerCase()) as
      ImageRow | undefined;
  }

  /** One page of a filtered, sorted listing plus the total number of matches. */
  listPage(filter: ListFilter, offset: number, limit: number): { count: number; rows: ImageRow[] } {
    const ids = this.orderedIds(filter);
    return { count: ids.length, rows: this.imagesByIds(ids.slice(offset, offset + limit)) };
  }

  productsFor(imageIds: readonly number[]): Map<number, StoredProduct[]> {
    const byImage = new Map<number, StoredProduct[]>(imageIds.map((id) => [id, []]));
    if (imageIds.length === 0) return byImage;
    const rows = this.statement(
      "SELECT image_id, data FROM products WHERE image_id IN (SELECT value FROM json_each(?)) ORDER BY image_id, position",
    ).all(JSON.stringify(imageIds)) as { image_id: number; data: string }[];
    for (const row of rows) byImage.get(row.image_id)?.push(JSON.parse(row.data) as StoredProduct);
    return byImage;
  }

  /** Title/description edit as update_images does it; null or undefined leaves a field alone. */
  updateText(
    image: ImageRow,
    title: string | null | undefined,
    description: string | null | undefined,
  ): void {
    this.statement(
      "UPDATE images SET title = coalesce(?, title), description = coalesce(?, description) WHERE id = ?",
    ).run(title ?? null, description ?? null, image.id);
    this.order.invalidateText(image.library);
  }

  deleteProducts(imageId: number): number {
    return this.statement("DELETE FROM products WHERE image_id = ?").run(imageId).changes;
  }

  /** A change made behind the app's back (control API); products are left alone. */
  patchImage(guid: string, patch: ImagePatch): ImageRow | undefined {
    const image = this.imageByGuid(guid);
    if (!image) return undefined;
    this.statement("UPDATE images SET title = ?, description = ?, active = ? WHERE id = ?").run(
      patch.title === undefined ? image.title : patch.title,
      patch.description === undefined ? image.description : patch.description,
      patch.active === undefined ? image.active : patch.active ? 1 : 0,
      image.id,
    );
    this.order.invalidateLibrary(image.library);
    return this.imageByGuid(guid);
  }

  /** Images whose artwork the emulator hosts, newest first (the order a prewarm should go in). */
  mediaImages(): Pick<ImageRow, "guid" | "title" | "pix_w" | "pix_h">[] {
    return this.statement(
      "SELECT guid, title, pix_w, pix_h FROM images WHERE public_thumbnail_uri LIKE '/media/%' ORDER BY id DESC",
    ).all() as Pick<ImageRow, "guid" | "title" | "pix_w" | "pix_h">[];
  }

  stats(): EmulatorStats {
    const images = this.statement(
      `SELECT count(*) AS images,
        coalesce(sum(library = 'inventory'), 0) AS inventory, coalesce(sum(library = 'temporary'), 0) AS temporary,
        coalesce(sum(active = 1), 0) AS active, coalesce(sum(active = 0), 0) AS inactive FROM images`,
    ).get() as Omit<EmulatorStats, "products" | "imagesWithProducts">;
    const products = this.statement(
      "SELECT count(*) AS products, count(DISTINCT image_id) AS imagesWithProducts FROM products",
    ).get() as Pick<EmulatorStats, "products" | "imagesWithProducts">;
    return { ...images, ...products };
  }

  private orderedIds(filter: ListFilter): number[] {
    const cached = this.order.get(filter);
    if (cached) return cached;
    const where = ["library = @library"];
    const params: Record<string, unknown> = { library: filter.library };
    if (filter.search !== null) {
      // LIKE is case-insensitive for ASCII; escape the user's own wildcards.
      where.push("(title LIKE @search ESCAPE '\\' OR description LIKE @search ESCAPE '\\')");
      params.search = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    if (filter.guids !== null) {
      where.push("guid IN (SELECT value FROM json_each(@guids))");
      params.guids = JSON.stringify(filter.guids);
    }
    if (filter.fromMs !== null) {
      where.push("added_at >= @fromMs");
      params.fromMs = filter.fromMs;
    }
    if (filter.toMs !== null) {
      where.push("added_at < @toMs");
      params.toMs = filter.toMs;
    }
    if (filter.active !== null) {
      where.push("active = @active");
      params.active = filter.active ? 1 : 0;
    }
    const column = SORT_COLUMNS[filter.sortField];
    const dir = filter.sortDirection;
    const order = column === "id" ? `id ${dir}` : `${column} ${dir}, id ${dir}`;
    const sql = `SELECT id FROM images WHERE ${where.join(" AND ")} ORDER BY ${order}`;
    const ids = this.statement(sql).pluck().all(params) as number[];
    this.order.set(filter, ids);
    return ids;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private storedSchemaVersion(): string | undefined {
    try {
      const row = this.sqlite
        .prepare("SELECT value FROM meta WHERE key = 'schema_version'")
        .get() as { value: string } | undefined;
      return row?.value;
    } catch {
      return undefined; // no meta table: not an emulator database (or an old one)
    }
  }

  private recreate(): void {
    this.statements.clear();
    this.sqlite.exec(DROP_SQL);
    this.sqlite.exec(CREATE_SQL);
    this.sqlite
      .prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")
      .run(SCHEMA_VERSION);
    this.reset();
  }
}
