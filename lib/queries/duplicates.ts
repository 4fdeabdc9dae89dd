// The add form's duplicate check: one POST per settled set of rows, cached by their keys.
import { queryOptions } from "@tanstack/react-query";
import { duplicateCheckAnswerSchema, type DuplicateCheckBody } from "@/lib/schemas/duplicates";
import { apiFetch, readAnswer } from "./api-fetch";

export function duplicateCheckOptions(rows: DuplicateCheckBody["rows"]) {
  return queryOptions({
    queryKey: ["images", "duplicates", JSON.stringify(rows)] as const,
    queryFn: async ({ signal }) => {
      const response = await apiFetch("/api/images/duplicates", {
        method: "POST",
        signal,
        headers: { accept: "application/json", "content-type": "application/json" },
        body: JSON.stringify({ rows }),
      });
      return (await readAnswer(response, duplicateCheckAnswerSchema)).matches;
    },
    enabled: rows.length > 0,
    staleTime: 60_000,
    retry: false,
  });
}
