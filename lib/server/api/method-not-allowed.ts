import "server-only";
// A known API path asked with a method it does not take: Next.js would answer its own bare 405
// (and its automatic OPTIONS would list every method a route exports). Each route exports these
// for the methods it lacks and for OPTIONS, so the answer is the one error envelope, with the
// methods it does take in `Allow` and the API's security headers, signed in or out (it says
// nothing the route list in the README does not).
import { AppError } from "@/lib/server/errors/app-error";
import { errorResponse } from "./errors";
import { setSecurityHeaders } from "./request";
import { log } from "@/lib/server/log";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (req: Request) => Response;

/**
 * The handlers a route taking `allowed` lacks, by method name, and OPTIONS:
 * `export const { PUT, DELETE, OPTIONS } = otherMethods("GET", "POST", "PATCH");`
 */
export function otherMethods<const Allowed extends Method>(
  ...allowed: Allowed[]
): Record<Exclude<Method, Allowed> | "OPTIONS", Handler> {
  // GET brings HEAD with it (Next.js answers HEAD from GET).
  const allow = [...allowed, ...(allowed.includes("GET" as Allowed) ? ["HEAD"] : []), "OPTIONS"];
  const notAllowed: Handler = (req) => {
    const response = errorResponse(
      new AppError("method_not_allowed", `This API route takes ${allowed.join(" or ")} only.`),
      { allow: allow.join(", ") },
    );
    setSecurityHeaders(req, response);
    log("info", "api.method_not_allowed", { method: req.method, status: 405 });
    return response;
  };
  const options: Handler = (req) => {
    const response = new Response(null, { status: 204, headers: { allow: allow.join(", ") } });
    setSecurityHeaders(req, response);
    return response;
  };
  const lacking = METHODS.filter((method) => !allow.includes(method));
  return Object.assign(Object.fromEntries(lacking.map((method) => [method, notAllowed])), {
    OPTIONS: options,
  }) as Record<Exclude<Method, Allowed> | "OPTIONS", Handler>;
}
