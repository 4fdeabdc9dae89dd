import "server-only";
// A known API path asked with a method it does not take: Next.js would answer its own bare 405
// (and its automatic OPTIONS would list every method a route exports). Each route exports these
// for the methods it lacks and for OPTIONS, so the answer is the one error envelope, with the
// methods it does take in `Allow` and the API's security headers, signed in or out (it says
// nothing the route list in the README does not).
import { ApiError, errorResponse } from "./errors";
import { setSecurityHeaders } from "./request";
import { log } from "@/lib/server/log";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (req: Request) => Response;

/** The answers of a route taking `allowed`: to every other method, and to OPTIONS. */
export function otherMethods(...allowed: Method[]): { notAllowed: Handler; options: Handler } {
  // GET brings HEAD with it (Next.js answers HEAD from GET).
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  return {
    notAllowed(req) {
      const response = errorResponse(
        new ApiError("method_not_allowed", `This API route takes ${allowed.join(" or ")} only.`, {
          headers: { allow },
        }),
      );
      setSecurityHeaders(req, response);
      log("info", "api.method_not_allowed", { method: req.method, status: 405 });
      return response;
    },
    options(req) {
      const response = new Response(null, { status: 204, headers: { allow } });
      setSecurityHeaders(req, response);
      return response;
    },
  };
}
