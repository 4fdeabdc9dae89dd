import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { readServerEnv } from "@/lib/env/server-schema.mjs";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { activeSessionUser } from "@/lib/auth/session-revocation";

// The sign-in wall for pages: no valid session -> /login?callbackUrl=<where they were going>.
// API routes answer 401 JSON themselves, so the matcher leaves /api alone.
const auth = (() => {
  const config = readServerEnv();
  return { secret: config.auth.secret, secureCookie: config.auth.url.startsWith("https://") };
})();

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const token = await getToken({
    req: request,
    secret: auth.secret,
    secureCookie: auth.secureCookie,
  });
  // The same rule as getSessionUser(): a token it would refuse must not count here (a loop).
  const user = await activeSessionUser(token);
  const signedIn = user !== null;

  if (pathname === "/login") {
    if (!signedIn) return NextResponse.next();
    // Already signed in: go where the sign-in would have led.
    const target = safeCallbackPath(request.nextUrl.searchParams.get("callbackUrl"));
    return NextResponse.redirect(new URL(target, request.url));
  }
  if (signedIn) {
    // Admin pages check the role themselves too; this gives non-admins a real 403 status.
    const adminPage = pathname === "/admin" || pathname.startsWith("/admin/");
    if (adminPage && user.role !== "admin")
      return NextResponse.rewrite(new URL("/admin/forbidden", request.url), { status: 403 });
    return NextResponse.next();
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/((?!api/|media/|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|map|txt)$).*)",
  ],
};
