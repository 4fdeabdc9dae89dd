import "server-only";
// A route file's methods in one place: the handlers it has, and for every other method (and
// OPTIONS) an answer derived from them. Next.js would answer its own bare 405 (and its automatic
// OPTIONS would list every method a file exports), so a known API path asked with a method it
// does not take answers 405 in the one error envelope, with the methods it does take in `Allow`
// and the API's security headers, signed in or out (it says nothing the README's route list
// does not).
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/server/errors/app-error";
import { log } from "@/lib/server/log";
import { errorResponse } from "./errors";
import { setSecurityHeaders } from "./request";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type RouteHandler = (req: NextRequest) => Promise<Response>;

/**
 * `export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: ..., PATCH: ... });`
 */
export function apiRoute(
  handlers: Partial<Record<Method, RouteHandler>>,
): Record<Method | "OPTIONS", RouteHandler> {
  const allowed = METHODS.filter((method) => handlers[method]);
  // GET brings HEAD with it (Next.js answers HEAD from GET).
  const allow = [...allowed, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const notAllowed: RouteHandler = (req) => {
    const response = errorResponse(
      new AppError("method_not_allowed", `This API route takes ${allowed.join(" or ")} only.`),
      { allow },
    );
    setSecurityHeaders(req, response);
    log("info", "api.method_not_allowed", { method: req.method, status: 405 });
    return Promise.resolve(response);
  };
  const options: RouteHandler = (req) => {
    const response = new Response(null, { status: 204, headers: { allow } });
    setSecurityHeaders(req, response);
    return Promise.resolve(response);
  };
  const route = Object.fromEntries(
    METHODS.map((method) => [method, handlers[method] ?? notAllowed]),
  ) as Record<Method, RouteHandler>;
  return { ...route, OPTIONS: options };
}
