import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { can, type Action, type SessionUser } from "@/lib/auth/roles";
import { getSessionUserFromRequest } from "@/lib/server/auth/session";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { requestLevel } from "@/lib/server/log-format";
import { runWithRequestContext, type RequestContext } from "@/lib/server/request-context";
import { takeUserRequest, tooManyRequestsMessage } from "@/lib/server/api/request-budget";
import { AppError } from "@/lib/server/errors/app-error";
import { errorResponse } from "./errors";
import { toAppError } from "@/lib/server/errors/to-app-error";
import {
  assertJsonContentType,
  assertSameOrigin,
  parseJsonText,
  parseWith,
  readBodyText,
  setSecurityHeaders,
} from "./request";

export interface HandlerContext<B, Q> {
  req: NextRequest;
  user: SessionUser;
  body: B;
  query: Q;
}

interface Options<B, Q> {
  /** For the log line, e.g. "GET /api/images". */
  route: string;
  /** What the user's role must allow. */
  action: Action;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /** How the query string becomes the object `query` parses (default: every key, last value wins). */
  readQuery?: (params: URLSearchParams) => Record<string, string>;
  /** The whole query from the request, parsed (instead of `query` and `readQuery`). */
  readQueryFrom?: (req: NextRequest) => Q;
  /** The route fetches a URL the user gave: its 502/504 are logged as warnings. */
  readsUserUrl?: boolean;
}

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Every API route goes through here: authenticate, rate-limit, check the role, refuse
 * cross-site and non-JSON mutations, parse body and query with zod, catch every error into the
 * one error body, and write one log line per request.
 */
export function withApi<B = undefined, Q = undefined>(
  options: Options<B, Q>,
  handler: (ctx: HandlerContext<B, Q>) => Promise<Response>,
): (req: NextRequest) => Promise<Response> {
  return async (req) => {
    const started = performance.now();
    const context: RequestContext = { upstream: [] };
    let user: SessionUser | null = null;
    let response: Response;
    try {
      response = await runWithRequestContext(context, async () => {
        user = await getSessionUserFromRequest(req);
        if (!user) throw new AppError("unauthenticated", "Sign in to use the API.");
        const isMutation = MUTATIONS.has(req.method);
        if (isMutation) assertSameOrigin(req, [serverConfig().auth.url]);
        await enforceRateLimit(user, isMutation ? "write" : "read");
        if (!can(user.role, options.action))
          throw new AppError("forbidden", "Your role does not allow this.");
        let body = undefined as B;
        if (options.body) {
          assertJsonContentType(req);
          body = parseWith(options.body, parseJsonText(await readBodyText(req)), "request body");
        }
        const params = req.nextUrl.searchParams;
        const query = options.readQueryFrom
          ? options.readQueryFrom(req)
          : options.query
            ? parseWith(
                options.query,
                options.readQuery ? options.readQuery(params) : Object.fromEntries(params),
                "query",
              )
            : (undefined as Q);
        return handler({ req, user, body, query });
      });
    } catch (error) {
      const { appError, known } = toAppError(error);
      if (!known) {
        log("error", "api.unhandled_error", {
          route: options.route,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
      }
      response = errorResponse(appError);
    }
    response.headers.set("cache-control", "no-store");
    setSecurityHeaders(req, response);
    const signedIn = user as SessionUser | null;
    const references = context.upstream
      .map((c) => c.referenceId)
      .filter((r): r is string => Boolean(r));
    log(requestLevel(response.status, options.readsUserUrl), "api.request", {
      route: options.route,
      user: signedIn?.email ?? null,
      role: signedIn?.role ?? null,
      status: response.status,
      duration_ms: Math.round(performance.now() - started),
      upstream_calls: context.upstream.length,
      reference_id: references.at(-1) ?? null,
      ...(references.length > 1 ? { reference_ids: references } : {}),
    });
    return response;
  };
}

async function enforceRateLimit(user: SessionUser, kind: "read" | "write"): Promise<void> {
  const budget = await takeUserRequest(user, kind);
  if (!budget.allowed) {
    const seconds = budget.retryAfterSeconds;
    throw new AppError("rate_limited", tooManyRequestsMessage(seconds), {
      retryAfterSeconds: seconds,
    });
  }
}

/** A JSON answer that no cache keeps. */
export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store", ...headers } });
}
