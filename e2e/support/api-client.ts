// Playwright request contexts per caller, and one way to send an ApiCall of the shared case
// tables (test/harness/fixtures/api-cases.ts) through them.
import type { APIRequestContext, APIResponse, request as requestApi } from "@playwright/test";
import type { ApiCall, Caller } from "../../test/harness/fixtures/api-cases";
import { storageStateFor } from "./fixtures";

export function contextFor(
  playwright: { request: typeof requestApi },
  baseURL: string,
  caller: Caller,
): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    storageState: caller === "anonymous" ? undefined : storageStateFor(caller),
  });
}

export function send(request: APIRequestContext, call: ApiCall): Promise<APIResponse> {
  return request.fetch(call.path, {
    method: call.method,
    headers: call.headers,
    data: call.body === undefined ? undefined : Buffer.from(call.body),
    maxRedirects: 0,
  });
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    reference_id?: string;
    fields?: Record<string, string[]>;
    current?: unknown;
  };
}
