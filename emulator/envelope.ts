// The `status` envelope every FinerWorks answer carries, and the error bodies built on it.
import { randomUUID } from "node:crypto";
import type { ResponseStatus } from "@/lib/schemas/finerworks";

export type ModelState = Record<string, string[]>;

/** 32 lowercase hex characters, new for every answer (support quotes it back). */
export function newReferenceId(): string {
  return randomUUID().replace(/-/g, "");
}

export function responseStatus(
  statusCode: number,
  message = "",
  success = statusCode < 400,
): ResponseStatus {
  return {
    success,
    status_code: statusCode,
    message,
    debug: null,
    reference_id: newReferenceId(),
    domain: null,
  };
}

export interface ApiAnswer {
  httpStatus: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function statusOnly(httpStatus: number, message = "", statusCode = httpStatus): ApiAnswer {
  return { httpStatus, body: { status: responseStatus(statusCode, message) } };
}

/** ASP.NET Web API's 400 shape, wrapped in the envelope. */
export function invalidRequest(modelState: ModelState): ApiAnswer {
  return {
    httpStatus: 400,
    body: { status: responseStatus(400, "The request is invalid."), ModelState: modelState },
  };
}

// Messages follow ASP.NET Web API's wording, which is what FinerWorks runs on.
export const MESSAGES = {
  unauthorized: "Authorization has been denied for this request.",
  notFound: "No HTTP resource was found that matches the request URI.",
  methodNotAllowed: (method: string) =>
    `The requested resource does not support http method '${method}'.`,
  tooLarge: "The request body is too large.",
  serverError: "An error has occurred.",
  simulatedFailure: "Simulated FinerWorks failure",
} as const;
