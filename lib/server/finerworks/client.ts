// The one module that talks to FinerWorks: it adds the keys and a timeout, parses every
// answer with zod and turns every failure into a FinerWorksError.
import type { z } from "zod";
import { parseJsonOrUndefined } from "@/lib/json";
import { FinerWorksError } from "./errors";
import {
  addImagesRequestSchema,
  addImagesResponseSchema,
  listImagesResponseSchema,
  modelStateSchema,
  responseStatusSchema,
  statusOnlyResponseSchema,
  type AddImageDetails,
  type AddImagesResponse,
  type ImageLibrary,
  type LibraryName,
  type ListImagesRequest,
  type ListImagesResponse,
  type StatusOnlyResponse,
  type UpdateImageDetails,
} from "@/lib/schemas/finerworks";
import { nodeHttpFetch, type UpstreamFetch } from "./transport";

export interface FinerWorksClientConfig {
  apiUrl: string;
  webApiKey: string;
  appKey: string;
  siteId: number;
  sessionId: string;
  accountKey: string;
  library: LibraryName;
  /** The whole budget of one call in ms: a read's retries and backoff included. */
  timeoutMs: number;
  /** Extra attempts for reads after a network error, timeout or 5xx, while time remains (default 2). */
  readRetries?: number;
  /** First backoff delay in ms; doubles each retry (default 200). */
  retryBaseMs?: number;
  /** How requests are sent (default: node:http(s) with keep-alive); global fetch also fits. */
  fetch?: UpstreamFetch;
  /** Called once per HTTP attempt; never given the keys. */
  onCall?: (call: UpstreamCall) => void;
}

export interface UpstreamCall {
  endpoint: Endpoint;
  method: string;
  httpStatus: number | undefined;
  durationMs: number;
  referenceId: string | undefined;
  outcome: "ok" | FinerWorksError["kind"];
}

type Endpoint = "list_images" | "add_images" | "update_images" | "test_my_credentials";

export type ListImagesParams = Omit<ListImagesRequest, "library"> & { library?: LibraryName };

export const MAX_IMAGES_PER_ADD = 5;

// A retry whose backoff would leave less than this before the deadline is not worth starting.
const MIN_ATTEMPT_MS = 50;

export interface FinerWorksClient {
  listImages(params?: ListImagesParams, signal?: AbortSignal): Promise<ListImagesResponse>;
  addImages(images: AddImageDetails[], library?: LibraryName): Promise<AddImagesResponse>;
  updateImages(images: UpdateImageDetails[]): Promise<StatusOnlyResponse>;
  testCredentials(): Promise<StatusOnlyResponse>;
  library(name?: LibraryName): ImageLibrary;
}

export function createFinerWorksClient(config: FinerWorksClientConfig): FinerWorksClient {
  const doFetch = config.fetch ?? nodeHttpFetch;
  const readRetries = config.readRetries ?? 2;
  const retryBaseMs = config.retryBaseMs ?? 200;

  const library = (name?: LibraryName): ImageLibrary => ({
    name: name ?? config.library,
    session_id: config.sessionId,
    account_key: config.accountKey,
    site_id: config.siteId,
  });

  async function attempt<S extends z.ZodType>(
    endpoint: Endpoint,
    method: "GET" | "POST" | "PUT",
    body: unknown,
    schema: S,
    deadline: AbortSignal,
    outerSignal?: AbortSignal,
  ): Promise<z.infer<S>> {
    const started = performance.now();
    let httpStatus: number | undefined;
    let referenceId: string | undefined;
    const report = (outcome: UpstreamCall["outcome"]) =>
      config.onCall?.({
        endpoint,
        method,
        httpStatus,
        durationMs: performance.now() - started,
        referenceId,
        outcome,
      });
    const signal = outerSignal ? AbortSignal.any([deadline, outerSignal]) : deadline;
    try {
      const response = await doFetch(`${config.apiUrl}/${endpoint}`, {
        method,
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          web_api_key: config.webApiKey,
          app_key: config.appKey,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      httpStatus = response.status;
      const text = await response.text();
      // A truncated body may still name FinerWorks' reference id; support needs it.
      const referenceInText = /"reference_id"\s*:\s*"([^"]+)"/.exec(text)?.[1];
      const json = parseJsonOrUndefined(text);
      const status = responseStatusSchema.safeParse(
        (json as { status?: unknown } | undefined)?.status,
      );
      referenceId = (status.success ? status.data.reference_id : undefined) ?? referenceInText;
      const upstreamMessage = status.success
        ? (status.data.message ?? undefined) || undefined
        : undefined;
      if (httpStatus < 200 || httpStatus > 299) {
        const modelState = modelStateSchema.safeParse(json);
        throw new FinerWorksError({
          kind: "http",
          endpoint,
          httpStatus,
          upstreamMessage,
          referenceId,
          fields: modelState.success ? modelState.data.ModelState : undefined,
        });
      }
      if (json === undefined)
        throw new FinerWorksError({ kind: "malformed", endpoint, httpStatus, referenceId });
      if (status.success && !status.data.success) {
        throw new FinerWorksError({
          kind: "refused",
          endpoint,
          httpStatus,
          upstreamMessage,
          referenceId,
        });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new FinerWorksError({ kind: "malformed", endpoint, httpStatus, referenceId });
      report("ok");
      return parsed.data;
    } catch (error) {
      const failure = toFinerWorksError(
        error,
        endpoint,
        httpStatus,
        referenceId,
        deadline,
        outerSignal,
      );
      report(failure.kind);
      throw failure;
    }
  }

  /**
   * Runs a read until it succeeds, fails for good or the one deadline passes: every attempt
   * shares the deadline's signal, and a retry starts only when its backoff ends before it.
   */
  async function withRetries<T>(
    run: (deadline: AbortSignal) => Promise<T>,
    outerSignal?: AbortSignal,
  ): Promise<T> {
    const endsAt = performance.now() + config.timeoutMs;
    const deadline = AbortSignal.timeout(config.timeoutMs);
    for (let retry = 0; ; retry++) {
      try {
        return await run(deadline);
      } catch (error) {
        const backoff = retryBaseMs * 2 ** retry;
        const canRetry =
          error instanceof FinerWorksError &&
          error.retryable &&
          retry < readRetries &&
          !outerSignal?.aborted &&
          performance.now() + backoff + MIN_ATTEMPT_MS < endsAt;
        if (!canRetry) throw error;
        await sleep(backoff);
      }
    }
  }

  return {
    library,
    listImages(params = {}, signal) {
      const { library: name, ...rest } = params;
      const body: ListImagesRequest = { library: library(name), ...rest };
      return withRetries(
        (deadline) =>
          attempt("list_images", "POST", body, listImagesResponseSchema, deadline, signal),
        signal,
      );
    },
    async addImages(images, name) {
      // Checked here as well as upstream: a call FinerWorks would reject is never sent.
      const body = addImagesRequestSchema.parse({ images, library: library(name) });
      // Never retried automatically: a retry after a lost answer could register the images twice.
      return attempt(
        "add_images",
        "POST",
        body,
        addImagesResponseSchema,
        AbortSignal.timeout(config.timeoutMs),
      );
    },
    updateImages(images) {
      const body = { images, account_key: config.accountKey || null };
      return attempt(
        "update_images",
        "PUT",
        body,
        statusOnlyResponseSchema,
        AbortSignal.timeout(config.timeoutMs),
      );
    },
    testCredentials() {
      return withRetries((deadline) =>
        attempt("test_my_credentials", "GET", undefined, statusOnlyResponseSchema, deadline),
      );
    },
  };
}

function toFinerWorksError(
  error: unknown,
  endpoint: Endpoint,
  httpStatus: number | undefined,
  referenceId: string | undefined,
  timeout: AbortSignal,
  outer: AbortSignal | undefined,
): FinerWorksError {
  if (error instanceof FinerWorksError) return error;
  if (timeout.aborted && !outer?.aborted)
    return new FinerWorksError({ kind: "timeout", endpoint, httpStatus, referenceId });
  if (httpStatus !== undefined)
    return new FinerWorksError({ kind: "malformed", endpoint, httpStatus, referenceId });
  return new FinerWorksError({ kind: "network", endpoint, referenceId });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
