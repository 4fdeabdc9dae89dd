import "server-only";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isSafeKey } from "./keys";
import { IMMUTABLE_CACHE, META_NAME, type MediaStore } from "./types";

export interface S3StoreConfig {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  publicBaseUrl: string;
}

/** Any S3-compatible bucket (AWS, R2, MinIO...); objects are read through publicBaseUrl. */
export class S3MediaStore implements MediaStore {
  readonly kind = "s3" as const;
  private readonly client: S3Client;

  constructor(private readonly config: S3StoreConfig) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Plain signed PUTs: many S3-compatible servers do not speak the newer streaming checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  publicUrl(key: string): string {
    return `${this.config.publicBaseUrl}/${key}`;
  }

  async putFile(key: string, path: string, contentType: string): Promise<string> {
    const { size } = await stat(path);
    return this.put(key, createReadStream(path), contentType, size);
  }

  async readMeta(name: string): Promise<string | undefined> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: metaKey(name) }),
      );
      return await answer.Body?.transformToString("utf8");
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async writeMeta(name: string, text: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: metaKey(name),
        Body: text,
        ContentType: "application/json",
        CacheControl: "no-store",
      }),
    );
  }

  putBuffer(key: string, data: Buffer, contentType: string): Promise<string> {
    return this.put(key, data, contentType, data.length);
  }

  private async put(
    key: string,
    body: Buffer | NodeJS.ReadableStream,
    contentType: string,
    size: number,
  ): Promise<string> {
    if (!isSafeKey(key)) throw new Error(`unsafe media key ${JSON.stringify(key)}`);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: body as Buffer,
        ContentLength: size,
        ContentType: contentType,
        CacheControl: IMMUTABLE_CACHE,
      }),
    );
    return this.publicUrl(key);
  }

  destroy(): void {
    this.client.destroy();
  }
}

/** Beside the media keys, never one of them: media keys cannot start with a dot. */
function metaKey(name: string): string {
  if (!META_NAME.test(name)) throw new Error(`unsafe metadata name ${JSON.stringify(name)}`);
  return `.meta/${name}`;
}
