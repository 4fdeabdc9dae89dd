// Generated artwork files (thumbnail ~400px, preview ~1600px, hi-res ~3000px long side).
// Made on first request or by a background prewarm, written atomically (several emulators,
// e.g. parallel test files, may share one media dir) and never regenerated once on disk.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { artSize, artSvg, type ArtSpec } from "./media-art";

export type MediaKind = "thumb" | "preview" | "hires";

const LONG_SIDE: Record<MediaKind, number> = { thumb: 400, preview: 1600, hires: 3000 };
const PREWARM_CONCURRENCY = 2;

export class MediaStore {
  private readonly inFlight = new Map<string, Promise<void>>();
  private prewarmQueue: ArtSpec[] = [];
  private closed = false;

  constructor(
    readonly dir: string,
    /** Finds the image a media file belongs to; unknown guids get no file. */
    private readonly lookup: (guid: string) => ArtSpec | undefined,
  ) {}

  filePath(kind: MediaKind, guid: string): string {
    return join(this.dir, kind, `${guid}.jpg`);
  }

  /** The file's path once it exists, or undefined when no image has that guid. */
  async ensure(kind: MediaKind, guid: string): Promise<string | undefined> {
    const file = this.filePath(kind, guid);
    if (existsSync(file)) return file;
    const spec = this.lookup(guid);
    if (!spec) return undefined;
    await this.generate(spec, kind === "hires" ? "hires" : "standard");
    return file;
  }

  /** Generates thumbnails and previews for these images in the background. */
  prewarm(specs: ArtSpec[]): void {
    this.prewarmQueue = specs.filter(
      (s) =>
        !existsSync(this.filePath("preview", s.guid)) ||
        !existsSync(this.filePath("thumb", s.guid)),
    );
    for (let i = 0; i < PREWARM_CONCURRENCY; i++) void this.drain();
  }

  /** Stops the prewarm and waits for files being written, so temp dirs can be removed. */
  async close(): Promise<void> {
    this.closed = true;
    this.prewarmQueue = [];
    await Promise.allSettled(this.inFlight.values());
  }

  private async drain(): Promise<void> {
    for (
      let spec = this.prewarmQueue.shift();
      spec && !this.closed;
      spec = this.prewarmQueue.shift()
    ) {
      await this.generate(spec, "standard").catch((error: unknown) =>
        console.error("[emulator] media prewarm failed", error),
      );
    }
  }

  /** One render serves both the preview and the thumbnail; concurrent asks share it. */
  private generate(spec: ArtSpec, set: "standard" | "hires"): Promise<void> {
    const key = `${spec.guid}:${set}`;
    let job = this.inFlight.get(key);
    if (!job) {
      job = (
        set === "hires" ? this.render(spec, ["hires"]) : this.render(spec, ["preview", "thumb"])
      ).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, job);
    }
    return job;
  }

  private async render(spec: ArtSpec, kinds: [MediaKind, ...MediaKind[]]): Promise<void> {
    const [largest] = kinds;
    const { width, height } = artSize(spec, LONG_SIDE[largest]);
    const { data, info } = await sharp(Buffer.from(artSvg(spec, width, height)))
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (const kind of kinds) {
      const target = artSize(spec, LONG_SIDE[kind]);
      const jpeg = await sharp(data, { raw: info })
        .resize(target.width, target.height)
        .jpeg({ quality: kind === "thumb" ? 78 : 84, progressive: kind !== "thumb" })
        .toBuffer();
      await writeAtomically(this.filePath(kind, spec.guid), jpeg);
    }
  }
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(join(file, ".."), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
