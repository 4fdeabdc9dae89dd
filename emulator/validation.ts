// Request validation: the app's wire schemas, loosened or tightened only where the real API
// is known to differ, and zod issues turned into ASP.NET ModelState keys ("images[0].guid").
import { z } from "zod";
import {
  addImagesRequestSchema,
  listImagesRequestSchema,
  SORT_DIRECTIONS,
  updateImagesRequestSchema,
} from "@/lib/schemas/finerworks";
import { GUID_PATTERN } from "@/lib/schemas/guid";
import type { ModelState } from "./envelope";

// .NET enum binding ignores case, so "desc" is accepted like "DESC".
const sortDirection = z.preprocess(
  (v) => (typeof v === "string" ? v.toUpperCase() : v),
  z.enum(SORT_DIRECTIONS).nullish(),
);

export const listImagesBody = listImagesRequestSchema.extend({
  sort_direction: sortDirection,
  // guid_filter binds to Guid[] upstream: a non-guid string fails model binding.
  guid_filter: z.array(z.string().regex(GUID_PATTERN, "must be a guid")).nullish(),
});
export type ListImagesBody = z.infer<typeof listImagesBody>;

export const addImagesBody = addImagesRequestSchema;
export type AddImagesBody = z.infer<typeof addImagesBody>;

export const updateImagesBody = updateImagesRequestSchema;
export type UpdateImagesBody = z.infer<typeof updateImagesBody>;

export type Validated<T> = { ok: true; value: T } | { ok: false; modelState: ModelState };

export function validate<S extends z.ZodType>(schema: S, body: unknown): Validated<z.infer<S>> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, modelState: { request: ["A non-empty request body is required."] } };
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const modelState: ModelState = {};
  for (const issue of parsed.error.issues) {
    const key = modelStateKey(issue.path);
    const last = issue.path.at(-1);
    const message =
      valueAt(body, issue.path) === undefined && typeof last === "string"
        ? `The ${last} field is required.`
        : issue.message;
    (modelState[key] ??= []).push(message);
  }
  return { ok: false, modelState };
}

export function modelStateKey(path: readonly PropertyKey[]): string {
  let key = "";
  for (const part of path) {
    if (typeof part === "number") key += `[${part}]`;
    else key += key === "" ? String(part) : `.${String(part)}`;
  }
  return key === "" ? "request" : key;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
