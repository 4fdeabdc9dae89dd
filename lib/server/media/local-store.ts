import "server-only";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { isSafeKey } from "./keys";
import type { MediaStore } from "./types";

/** A folder on this machine, served by the app at /media/<key> (app/media/[...key]/route.ts). */
export class LocalMediaStore implements MediaStore {
  readonly kind = "local" as const;
  readonly root: string;
  readonly incomingDir: string;

  constructor(
    dir: string,
    private readonly publicBaseUrl: string,
  ) {
    this.root = resolve(dir);
    this.incomingDir = join(this.root, ".incoming");
  }

  publicUrl(key: string): string {
    return `${this.publicBaseUrl}/${key}`;
  }

  async putFile(key: string, path: string): Promise<string> {
    const target = this.pathFor(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(path, target);
    } catch {
      await copyFile(path, target); // another file system
    }
    return this.publicUrl(key);
  }

  async putBuffer(key: string, data: Buffer): Promise<string> {
    const target = this.pathFor(key);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return this.publicUrl(key);
  }

  private pathFor(key: string): string {
    if (!isSafeKey(key)) throw new Error(`unsafe media key ${JSON.stringify(key)}`);
    return join(this.root, ...key.split("/"));
  }

  /**
   * The file behind a requested key, or undefined for anything that is not a stored object:
   * unsafe segments, the incoming folder, and (after symlinks are resolved) anything outside.
   */
  async resolveKey(segments: readonly string[]): Promise<string | undefined> {
    const key = segments.join("/");
    if (!isSafeKey(key) || segments[0]?.startsWith(".")) return undefined;
    const candidate = join(this.root, ...segments);
    try {
      const [real, root] = await Promise.all([realpath(candidate), realpath(this.root)]);
      return real.startsWith(root + sep) ? real : undefined;
    } catch {
      return undefined;
    }
  }
}
