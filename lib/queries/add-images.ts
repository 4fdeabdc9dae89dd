// Browser side of "Add images": probe a URL (cached per URL), upload one file with progress,
// have thumbnails made for a URL, and send the rows to POST /api/images with an idempotency key.
import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { imageDetailsSchema, type ImageDetails, type LibraryName } from "@/lib/schemas/finerworks";
import { parseJsonOrUndefined } from "@/lib/json";
import {
  derivedImagesSchema,
  probeResultSchema,
  uploadResultSchema,
  type DerivedImages,
  type ProbeResult,
  type UploadResult,
} from "@/lib/schemas/add-images";
import {
  apiErrorBodySchema,
  ApiRequestError,
  toApiRequestError,
  type ApiErrorBody,
} from "@/lib/schemas/api-error";
import { apiFetch, readAnswer, unreadableAnswer } from "./api-fetch";
import type { AddImageInput } from "@/lib/schemas/image-input";
import { imageKeys } from "@/lib/resources/image-keys";

async function postJson<S extends z.ZodType>(
  url: string,
  body: unknown,
  schema: S,
  init: { signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<{ status: number; data: z.output<S> }> {
  const response = await apiFetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...init.headers },
    body: JSON.stringify(body),
    signal: init.signal,
  });
  return { status: response.status, data: await readAnswer(response, schema) };
}

export const addImagesKeys = {
  submit: ["add-images", "submit"] as const,
  probes: () => ["add-images", "probe"] as const,
  probe: (url: string) => [...addImagesKeys.probes(), url] as const,
};

/** Type, size and pixel dimensions of an image URL; the same URL is probed once per session. */
export function probeOptions(url: string) {
  return queryOptions({
    queryKey: addImagesKeys.probe(url),
    queryFn: async ({ signal }): Promise<ProbeResult> =>
      (await postJson("/api/probe", { url }, probeResultSchema, { signal })).data,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
}

/** A preview and thumbnail in the media store for an image that stays at its URL. */
export async function generateThumbnails(
  url: string,
  signal?: AbortSignal,
): Promise<DerivedImages> {
  return (await postJson("/api/uploads/from-url", { url }, derivedImagesSchema, { signal })).data;
}

/**
 * One file as the raw body of POST /api/uploads. XMLHttpRequest rather than fetch: only it
 * reports upload progress.
 */
export function uploadFile(
  file: Blob & { name: string },
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/uploads?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("accept", "application/json");
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { "content-type": "application/json" },
      });
      if (xhr.status < 200 || xhr.status >= 300) {
        void toApiRequestError(response).then(reject);
        return;
      }
      const parsed = uploadResultSchema.safeParse(parseJsonOrUndefined(xhr.responseText));
      if (parsed.success) resolve(parsed.data);
      else reject(unreadableAnswer(xhr.status));
    };
    xhr.onerror = () =>
      reject(
        new ApiRequestError(
          0,
          "network_error",
          "The upload was cut off. Check your connection and try again.",
        ),
      );
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export interface SubmitAnswer {
  /** Added images, in the order of the rows sent that did not fail. */
  images: ImageDetails[];
  /** Rows (positions in the list sent) that failed, with the reason. */
  failed: { index: number; error: ApiErrorBody["error"] }[];
}

const submitAnswerSchema = z.object({
  images: z.array(imageDetailsSchema),
  failed: z
    .array(
      z.object({ index: z.number().int().nonnegative(), error: apiErrorBodySchema.shape.error }),
    )
    .optional(),
});

/** POST /api/images: 201 (all added) or 207 (some failed); a retry with the same key is answered from the first time. */
export async function submitImages(
  images: AddImageInput[],
  idempotencyKey: string,
  signal?: AbortSignal,
  library?: LibraryName,
): Promise<SubmitAnswer> {
  const body = library ? { images, library } : { images };
  const { data } = await postJson("/api/images", body, submitAnswerSchema, {
    signal,
    headers: { "idempotency-key": idempotencyKey },
  });
  return { images: data.images, failed: data.failed ?? [] };
}

/** After adding: every image list refetches, so the grid shows the new images without a reload. */
export function invalidateImageLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: imageKeys.all });
}

/** The add form's submit: one POST /api/images; every image list refetches once it is over. */
export function addImagesOptions() {
  return mutationOptions<
    SubmitAnswer,
    Error,
    { images: AddImageInput[]; idempotencyKey: string; library?: LibraryName }
  >({
    mutationKey: addImagesKeys.submit,
    mutationFn: ({ images, idempotencyKey, library }) =>
      submitImages(images, idempotencyKey, undefined, library),
    onSettled: (_answer, _error, _variables, _result, { client }) => invalidateImageLists(client),
  });
}
