import "server-only";
import { serverConfig } from "@/lib/server/config";
import { LocalMediaStore } from "./local-store";
import { S3MediaStore } from "./s3-store";
import type { MediaStore } from "./types";
import { MediaStoreUsage, type StorageUsage } from "./usage";

export type { MediaStore } from "./types";

let cached: { store: MediaStore | null } | undefined;

/** The configured media store, or null when there is none (uploads are then hidden). */
export function mediaStore(): MediaStore | null {
  if (cached) return cached.store;
  const { media } = serverConfig();
  let store: MediaStore | null = null;
  if (media.store === "local")
    store = new LocalMediaStore(media.local.dir, media.local.publicBaseUrl);
  else if (media.store === "s3" && media.s3) store = new S3MediaStore(media.s3);
  cached = { store };
  return store;
}

const usageByStore = new WeakMap<MediaStore, StorageUsage>();

/** Per-user byte counts, kept in the store's own metadata (one instance per store). */
export function mediaUsage(store: MediaStore): StorageUsage {
  let usage = usageByStore.get(store);
  if (!usage) {
    usage = new MediaStoreUsage(store);
    usageByStore.set(store, usage);
  }
  return usage;
}

/** The local store (the one the /media route serves), or null. */
export function localMediaStore(): LocalMediaStore | null {
  const store = mediaStore();
  return store instanceof LocalMediaStore ? store : null;
}

/** Tests change the configuration between cases. */
export function resetMediaStoreForTests(): void {
  cached = undefined;
}
