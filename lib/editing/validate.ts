// The inline editor's checks: the very schemas PATCH /api/images applies, worded for a form.
import { descriptionSchema, titleSchema } from "@/lib/schemas/image-input";
import type { ImageText } from "./drafts";

export interface ImageTextErrors {
  title?: string;
  description?: string;
}

function firstIssue(
  label: string,
  result: { success: boolean; error?: { issues: readonly { message: string }[] } },
): string | undefined {
  if (result.success) return undefined;
  const message = result.error?.issues[0]?.message ?? "is not valid";
  return `${label} ${message}.`;
}

export function validateImageText(text: ImageText): ImageTextErrors {
  const errors: ImageTextErrors = {};
  const title = firstIssue("Title", titleSchema.safeParse(text.title));
  const description = firstIssue("Description", descriptionSchema.safeParse(text.description));
  if (title) errors.title = title;
  if (description) errors.description = description;
  return errors;
}
