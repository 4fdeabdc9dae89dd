import "server-only";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { isSafeKey } from "./keys";
import { META_NAME, type MediaStore } from "./types";

/** A folder on this machine, served by the app at /media/<key> (app/media/[...key]/route.ts). */
export class LocalMediaStore implements MediaStore {
  readonly kind = "local" as const;
  readonly root: string;
  readonly incomingDir: string;
  /** Not served: the /media route refuses every key whose first segment starts with a dot. */
  private readonly metaDir: string;

  constructor(
    dir: string,
    private readonly publicBaseUrl: string,
  ) {
    this.root = resolve(dir);
    this.incomingDir = join(this.root, ".incoming");
    this.metaDir = join(this.root, ".meta");
  }

  async readMeta(name: string): Promise<string | undefined> {
    try {
      return await readFile(this.metaPath(name), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async writeMeta(name: string, text: string): Promise<void> {
    await mkdir(this.metaDir, { recursive: true });
    await this.writeAtomically(this.metaPath(name), Buffer.from(text, "utf8"));
  }

  private metaPath(name: string): string {
    if (!META_NAME.test(name)) throw new Error(`unsafe metadata name ${JSON.stringify(name)}`);
    return join(this.metaDir, name);
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
    await this.writeAtomically(target, data);
    return this.publicUrl(key);
  }

  private async writeAtomically(target: string, data: Buffer): Promise<void> {
    const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
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
