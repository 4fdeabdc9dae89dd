// Playwright request contexts per caller, and one way to send an ApiCall through them.
import { request as requestApi, type APIRequestContext, type APIResponse } from "@playwright/test";
import { EmulatorControl, storageStateFor, test } from "../fixtures";
import type { ApiCall, Caller } from "../../test/harness/fixtures/api-cases";

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

/** Puts the emulator's data back to its seed after a spec file that changed it. */
export function resetEmulatorAfterAll(): void {
  test.afterAll(async () => {
    const context = await requestApi.newContext();
    await new EmulatorControl(context).reset();
    await context.dispose();
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
