// Small node:http helpers: bounded body reading, JSON answers, the loopback check.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Upstream (IIS) refuses bodies this large; the emulator matches it with a 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyText = { kind: "ok"; text: string } | { kind: "too_large" };

/** Reads the whole body; past the limit it keeps draining (so the client sees the 413) but stores nothing. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyText> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit
    ? { kind: "too_large" }
    : { kind: "ok", text: Buffer.concat(chunks).toString("utf8") };
}

export type ParsedJson =
  { kind: "empty" } | { kind: "json"; value: unknown } | { kind: "invalid"; text: string };

export function parseJson(text: string): ParsedJson {
  if (text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(text) as unknown };
  } catch {
    return { kind: "invalid", text };
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendRaw(res, status, JSON.stringify(body), headers);
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (/^127(\.\d{1,3}){3}$/.test(v4)) return true;
  return address === "::1" || address === "0:0:0:0:0:0:0:1";
}
