import "server-only";
import type { z } from "zod";
import { NON_PAGE_CSP, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { serverConfig } from "@/lib/server/config";
import { AppError } from "@/lib/server/errors/app-error";
import { fieldsFromIssues } from "./errors";
import { isSameOriginRequest } from "./same-origin";

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses a browser request sent from another site (CSRF): its Origin must be this site's, as
 * NEXTAUTH_URL or the request's Host (or, with TRUST_PROXY, X-Forwarded-Host/-Proto) names it.
 */
export function assertSameOrigin(req: Request, extraOrigins: readonly string[] = []): void {
  const config = serverConfig();
  const policy = { siteUrl: config.auth.url, trustProxy: config.trustProxy, extraOrigins };
  if (!isSameOriginRequest(req.headers, policy))
    throw new AppError("forbidden", "Requests from other sites are not allowed.");
}

/**
 * The security headers proxy.ts gives every other response. API routes (but next-auth's) skip the
 * proxy: Next.js buffers, and past 10 MB cuts off, the body of any request a proxy runs for, and
 * uploads must stream.
 */
export function setSecurityHeaders(req: Request, response: Response): void {
  const config = serverConfig();
  const forwardedProto = req.headers.get("x-forwarded-proto");
  const https = servedOverHttps(config.auth.url, config.trustProxy, forwardedProto);
  for (const [name, value] of Object.entries(securityHeaders(NON_PAGE_CSP, https)))
    response.headers.set(name, value);
}

export function assertJsonContentType(req: Request): void {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError(
      "unsupported_media_type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
}

const tooLarge = () =>
  new AppError("payload_too_large", `The body must be at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`);

/** Reads at most `limit` bytes of the body, stopping as soon as it is over (a lying Content-Length included). */
export async function readBodyText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid_request", "The body is not valid UTF-8.");
  }
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === "")
    throw new AppError("invalid_request", "The body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON.");
  }
}

/** Parses input with a zod schema; failures become 400 invalid_request with a message per field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_request", `The ${what} is not valid.`, {
      fields: fieldsFromIssues(parsed.error.issues),
    });
  }
  return parsed.data;
}
