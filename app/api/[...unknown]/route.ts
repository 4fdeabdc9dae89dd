// /api/<anything else> - a JSON 404 in the one error envelope, with the same security headers as
// every other API answer (API paths skip proxy.ts, so Next's own HTML 404 would carry none).
import { ApiError, errorResponse } from "@/lib/server/api/errors";
import { setSecurityHeaders } from "@/lib/server/api/request";

function notFound(req: Request): Response {
  const response = errorResponse(new ApiError("not_found", "There is no such API route."));
  setSecurityHeaders(req, response);
  return response;
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as HEAD,
  notFound as OPTIONS,
};
