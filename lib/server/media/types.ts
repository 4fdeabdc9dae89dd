/** Where uploaded files and generated thumbnails live; objects never change once written. */
export interface MediaStore {
  readonly kind: "local" | "s3";
  /** Stores a file from disk (which the store may move) and returns its public URL. */
  putFile(key: string, path: string, contentType: string): Promise<string>;
  putBuffer(key: string, data: Buffer, contentType: string): Promise<string>;
  publicUrl(key: string): string;
  /** Small private records beside the files (e.g. per-user usage); undefined when absent. */
  readMeta(name: string): Promise<string | undefined>;
  writeMeta(name: string, text: string): Promise<void>;
  /** A folder on the store's file system for incoming files (so a move is a rename), if any. */
  readonly incomingDir?: string;
}

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** Metadata record names: one flat, safe file name each. */
export const META_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
