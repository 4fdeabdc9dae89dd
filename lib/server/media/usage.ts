import "server-only";
import { createHash } from "node:crypto";
import type { MediaStore } from "./types";

/**
 * How many bytes each user keeps in the media store. Small on purpose, so a database can
 * take over: read, reserve before storing (refused past the limit), release when storing fails.
 */
export interface StorageUsage {
  used(owner: string): Promise<number>;
  /** Adds `bytes` to the owner's total unless it would pass `limit`; says whether it did. */
  reserve(owner: string, bytes: number, limit: number): Promise<boolean>;
  release(owner: string, bytes: number): Promise<void>;
}

interface UsageRecord {
  bytes: number;
}

/**
 * Usage kept beside the files, as one small JSON record per user in the store's metadata area,
 * so it survives restarts. Changes are serialised per user within this process; several
 * instances sharing a store need the database-backed implementation.
 */
export class MediaStoreUsage implements StorageUsage {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Pick<MediaStore, "readMeta" | "writeMeta">) {}

  async used(owner: string): Promise<number> {
    return (await this.read(owner)).bytes;
  }

  reserve(owner: string, bytes: number, limit: number): Promise<boolean> {
    return this.serially(owner, async () => {
      const record = await this.read(owner);
      if (record.bytes + bytes > limit) return false;
      await this.write(owner, { bytes: record.bytes + bytes });
      return true;
    });
  }

  release(owner: string, bytes: number): Promise<void> {
    return this.serially(owner, async () => {
      const record = await this.read(owner);
      await this.write(owner, { bytes: Math.max(0, record.bytes - bytes) });
    });
  }

  private serially<T>(owner: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(owner) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(owner, settled);
    void settled.then(() => {
      if (this.queues.get(owner) === settled) this.queues.delete(owner);
    });
    return next;
  }

  private async read(owner: string): Promise<UsageRecord> {
    const text = await this.store.readMeta(recordName(owner));
    if (!text) return { bytes: 0 };
    const parsed = JSON.parse(text) as Partial<UsageRecord>;
    return { bytes: typeof parsed.bytes === "number" && parsed.bytes > 0 ? parsed.bytes : 0 };
  }

  private write(owner: string, record: UsageRecord): Promise<void> {
    return this.store.writeMeta(recordName(owner), JSON.stringify(record));
  }
}

/** The owner's email is not written to the store, only a hash of it. */
function recordName(owner: string): string {
  const hash = createHash("sha256").update(owner.trim().toLowerCase()).digest("hex");
  return `usage-${hash.slice(0, 40)}.json`;
}
