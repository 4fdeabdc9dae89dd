/** Where uploaded files and generated thumbnails live; objects never change once written. */
export interface MediaStore {
  readonly kind: "local" | "s3";
  /** Stores a file from disk (which the store may move) and returns its public URL. */
  putFile(key: string, path: string, contentType: string): Promise<string>;
  putBuffer(key: string, data: Buffer, contentType: string): Promise<string>;
  publicUrl(key: string): string;
  /** A folder on the store's file system for incoming files (so a move is a rename), if any. */
  readonly incomingDir?: string;
}

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
