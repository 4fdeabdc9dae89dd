import { RowField, RowInput } from "./row-field";
import type { RowControls } from "./row-controls";
import { currentGenerated } from "./payload";
import type { Row, RowErrors } from "./types";

/** "Thumbnail and preview URLs (optional)", open when one is filled in or wrong. */
export function RowOptionalUrls({
  row,
  errors,
  store,
  controls: { id, common },
}: {
  row: Row;
  errors: RowErrors;
  /** Whether the server has a media store to make the thumbnail and preview. */
  store: boolean;
  controls: RowControls;
}) {
  const generated = currentGenerated(row);
  return (
    <details
      className="group mt-3"
      open={
        Boolean(
          row.fields.public_thumbnail_uri ||
          row.fields.public_preview_uri ||
          errors.public_thumbnail_uri ||
          errors.public_preview_uri,
        ) || undefined
      }
    >
      <summary className="cursor-pointer text-sm font-medium text-slate-700 select-none hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
        Thumbnail and preview URLs{" "}
        <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
      </summary>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {generated
          ? "Left empty, the thumbnail and preview made from this image are used."
          : store
            ? "Left empty, a thumbnail (about 400 px) and a preview (about 1600 px) are made from the image when you add it."
            : "Left empty, the hi-res URL is used as thumbnail and preview: this server has no media store to make smaller copies."}
      </p>
      <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <RowField
          id={id("public_thumbnail_uri")}
          label="Thumbnail URL"
          error={errors.public_thumbnail_uri}
        >
          {(describedBy, invalid) => (
            <RowInput
              {...common("public_thumbnail_uri", describedBy)}
              type="url"
              placeholder={generated ? "made automatically" : "https://…"}
              invalid={invalid}
              spellCheck={false}
            />
          )}
        </RowField>
        <RowField
          id={id("public_preview_uri")}
          label="Preview URL"
          error={errors.public_preview_uri}
        >
          {(describedBy, invalid) => (
            <RowInput
              {...common("public_preview_uri", describedBy)}
              type="url"
              placeholder={generated ? "made automatically" : "https://…"}
              invalid={invalid}
              spellCheck={false}
            />
          )}
        </RowField>
      </div>
    </details>
  );
}
