// Triage view counts and saved views: query options from their resources, and the mutations.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { savedViewSchema, type SavedView } from "@/lib/schemas/views";
import { savedViewsResource, viewCountsResource } from "@/lib/resources/views";
import { viewKeys } from "@/lib/resources/view-keys";
import { apiFetch, readAnswer } from "./api-fetch";
import { resourceOptions } from "./resource-options";

const JSON_HEADERS = { accept: "application/json", "content-type": "application/json" };

export function viewCountsOptions() {
  return queryOptions({
    ...resourceOptions(viewCountsResource, undefined),
    staleTime: 30_000,
    // While a scan runs, its counts are looked for every few seconds.
    refetchInterval: (query) => (query.state.data?.scanning ? 3_000 : false),
  });
}

/** Staff and admins: start a scan of the library (202 whether it started now or was running). */
export async function startLibraryScan(): Promise<void> {
  await apiFetch("/api/views/refresh", { method: "POST", headers: JSON_HEADERS });
}

export function savedViewsOptions() {
  return queryOptions({
    ...resourceOptions(savedViewsResource, undefined),
    select: (answer) => answer.views,
  });
}

async function send<S extends z.ZodType>(method: string, body: unknown, schema: S) {
  const response = await apiFetch("/api/saved-views", {
    method,
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  return readAnswer(response, schema);
}

export const createSavedView = (name: string, search: string): Promise<SavedView> =>
  send("POST", { name, search }, savedViewSchema);
export const renameSavedView = (id: string, name: string): Promise<SavedView> =>
  send("PATCH", { id, name }, savedViewSchema);
export const deleteSavedView = (id: string) => send("DELETE", { id }, z.object({ id: z.string() }));

export const refreshSavedViews = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: viewKeys.saved });
