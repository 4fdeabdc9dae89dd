import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { errorResponse, toApiError } from "@/lib/server/api/errors";
import { serverConfig } from "@/lib/server/config";
import { checkedAuthRequest } from "./checked-request";

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
    return errorResponse(toApiError(error).apiError);
  }
  return nextAuth(checked, context);
}

export { handler as GET, handler as POST };
