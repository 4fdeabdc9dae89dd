import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGN_IN_ERRORS } from "@/lib/server/auth/credentials";
import { authOptions } from "@/lib/server/auth/options";
import { errorResponse } from "@/lib/server/api/errors";
import { toAppError, sharedStoreUnavailable } from "@/lib/server/errors/to-app-error";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { stores } from "@/lib/server/stores";
import { isStoreUnavailable } from "@/lib/server/stores/unavailable";
import { checkedAuthRequest, UnreadableCallbackCookie } from "./checked-request";

// /api/auth/* - next-auth's sign-in, callback, session and sign-out endpoints
type Context = { params: Promise<{ nextauth: string[] }> };
type RouteHandler = (req: NextRequest, context: Context) => Promise<Response>;

const siteOrigin = new URL(serverConfig().auth.url).origin;

const nextAuth = NextAuth({
  ...authOptions,
  callbacks: {
    ...authOptions.callbacks,
    // Where next-auth sends the browser after signing in or out: the same rule as /login.
    redirect: ({ url }) => `${siteOrigin}${safeCallbackPath(url, siteOrigin)}`,
  },
}) as RouteHandler;

async function handler(req: NextRequest, context: Context): Promise<Response> {
  let checked: NextRequest;
  try {
    checked = await checkedAuthRequest(req, siteOrigin);
  } catch (error) {
    const headers = error instanceof UnreadableCallbackCookie ? error.clearingHeaders : {};
    return errorResponse(toAppError(error).appError, headers);
  }
  return nextAuth(checked, context);
}

// Sign-in counts attempts and sign-out revokes the session, both in the shared store: without
// it they fail closed with 503 before next-auth runs (reads such as /session go on).
const NEEDS_STORE = /^\/api\/auth\/(callback\/credentials|signout)\/?$/;

async function post(req: NextRequest, context: Context): Promise<Response> {
  if (NEEDS_STORE.test(new URL(req.url).pathname)) {
    try {
      await stores().ping();
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      log("error", "auth.refused", { path: new URL(req.url).pathname, reason: "store down" });
      const refused = errorResponse(sharedStoreUnavailable());
      const body = (await refused.json()) as object;
      // next-auth's signIn() reads `url` for its error code; the envelope stays as it is.
      const url = new URL(`/login?error=${SIGN_IN_ERRORS.unavailable}`, req.url).toString();
      return Response.json({ ...body, url }, { status: 503, headers: refused.headers });
    }
  }
  return handler(req, context);
}

export { handler as GET, post as POST };
