import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { activeSessionUser } from "@/lib/server/auth/session-revocation";
import { readServerEnv } from "@/lib/env/server-schema.mjs";
import { edgeSettings } from "@/lib/http/edge-settings";
import {
  createNonce,
  NON_PAGE_CSP,
  pageCsp,
  securityHeaders,
  servedOverHttps,
} from "@/lib/http/security-headers";

// Runs before every route: sets the security headers of every response, refuses paths Next.js
// could not decode (it would answer 500), and is the sign-in wall for pages (no valid session ->
// /login?callbackUrl=<where they were going>). next-auth's routes and media answer for themselves,
// so for them only the headers are set. The other API routes (bar products/*) are left out: Next.js
// buffers (and past 10 MB cuts off) the body of every request a proxy runs for, and uploads must
// stream; withApi() sets the same headers on their answers. Admin pages check the role where
// they render (a 403 from forbidden()): a rewrite to an absolute URL here was proxied back into
// the app in a loop whenever the Host header named another address than the one bound.
const settings = edgeSettings(readServerEnv());

const DATA_PREFIXES = ["/api/", "/media/", "/_next/"];

const isWellFormed = (pathname: string) => {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
};

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = servedOverHttps(
    settings.siteUrl,
    settings.trustProxy,
    request.headers.get("x-forwarded-proto"),
  );
  const dataPath = DATA_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  const csp = dataPath
    ? NON_PAGE_CSP
    : pageCsp({
        nonce: createNonce(),
        imageOrigins: settings.imageOrigins,
        https,
        dev: settings.dev,
      });
  let response: NextResponse;
  if (!isWellFormed(pathname)) response = malformedPath(dataPath);
  else if (dataPath) response = NextResponse.next();
  else response = await pageResponse(request, csp);
  for (const [name, value] of Object.entries(securityHeaders(csp, https)))
    response.headers.set(name, value);
  return response;
}

async function pageResponse(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search, searchParams } = request.nextUrl;
  const token = await getToken({
    req: request,
    secret: settings.secret,
    secureCookie: settings.secureCookie,
  });
  // The same rule as getSessionUser() (an email, a role, not revoked): a token it would refuse
  // must not count here, or it bounces between /login and the page in a loop.
  const user = await activeSessionUser(token);

  if (pathname === "/login") {
    if (!user) return renderPage(request, csp);
    // Already signed in: go where the sign-in would have led.
    const target = safeCallbackPath(searchParams.get("callbackUrl"), settings.siteOrigin);
    return NextResponse.redirect(new URL(target, request.url));
  }
  if (user) return renderPage(request, csp);
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

/** Lets the page render; Next.js takes the nonce for its own scripts from the request's CSP. */
function renderPage(request: NextRequest, csp: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  return NextResponse.next({ request: { headers } });
}

function malformedPath(dataPath: boolean): NextResponse {
  const message = "The path is not valid percent-encoding.";
  if (dataPath)
    return NextResponse.json({ error: { code: "invalid_request", message } }, { status: 400 });
  return new NextResponse(`Bad request: ${message}`, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

// API routes skip the proxy (withApi() sets their headers), except those with a dynamic segment
// (auth, products/<id>): Next decodes that segment before the route runs, so a malformed escape
// would be a 500 there; here it is the 400 above.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/(?!auth/|products/)).*)"],
};
