// /api/<no such route> - next.config.mjs rewrites every /api/ path no route claims to here (a
// fallback rewrite runs after every route and file, and needs no decoding of the path, so a
// malformed one such as /api/images/% lands here too; a catch-all route's parameter would be
// decoded, and that answers 500). The answer is the one error envelope with
// the API's security headers, the same for everyone: it needs no session (the routes are public
// in the README, so a 401 would hide nothing) and costs a probe no store lookups.
import { AppError } from "@/lib/server/errors/app-error";
import { errorResponse } from "@/lib/server/api/errors";
import { setSecurityHeaders } from "@/lib/server/api/request";
import { log } from "@/lib/server/log";

function notFound(req: Request): Response {
  const response = errorResponse(new AppError("not_found", "There is no such API route."));
  setSecurityHeaders(req, response);
  log("info", "api.not_found", { method: req.method, status: 404 });
  return response;
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
