import "server-only";
import { NextRequest } from "next/server";
import { nextAuthCanParseCallbackUrl } from "@/lib/auth/callback-url";
import { AppError } from "@/lib/server/errors/app-error";
import { readBodyText } from "@/lib/server/api/request";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

const badCallback = () =>
  new AppError(
    "invalid_request",
    "callbackUrl must be a path on this site (or an http(s) URL); it could not be read.",
  );

/** A callback cookie next-auth could not parse: refused, and the browser told to drop it. */
export class UnreadableCallbackCookie extends AppError {
  constructor(readonly cookieName: string) {
    super("invalid_request", "The sign-in callback cookie could not be read.");
  }

  get clearingHeaders(): Record<string, string> {
    return { "set-cookie": `${this.cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` };
  }
}

/** The body next-auth would read (JSON or a form), or 400 where its own reading would throw. */
function bodyFields(text: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      throw new AppError("invalid_request", "The body is not valid JSON.");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new AppError("invalid_request", "The body must be a JSON object.");
    return parsed as Record<string, unknown>;
  }
  if (contentType.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(text));
  return {};
}

/**
 * The request as next-auth may safely see it. next-auth answers a callbackUrl it cannot parse
 * (query, body or its cookie) and a body it cannot read with a 500 "server configuration" error;
 * those are the client's mistakes, so they get a 400 here and never reach it. The callback cookie
 * is expired in that answer, so a tampered one does not block every later sign-in.
 */
export async function checkedAuthRequest(
  req: NextRequest,
  siteOrigin: string,
): Promise<NextRequest> {
  const parsable = (value: unknown) =>
    typeof value !== "string" || nextAuthCanParseCallbackUrl(value, siteOrigin);
  if (!parsable(req.nextUrl.searchParams.get("callbackUrl") ?? undefined)) throw badCallback();
  for (const name of CALLBACK_COOKIES) {
    if (!parsable(req.cookies.get(name)?.value)) throw new UnreadableCallbackCookie(name);
  }
  if (req.method !== "POST") return req;
  const text = await readBodyText(req, 64 * 1024);
  const fields = bodyFields(text, req.headers.get("content-type") ?? "");
  if (!parsable(fields.callbackUrl)) throw badCallback();
  // The body stream is spent: hand next-auth an identical request with the text read.
  return new NextRequest(req.url, { method: req.method, headers: req.headers, body: text });
}
