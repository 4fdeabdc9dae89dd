import { formatBytes } from "@/lib/bytes";
import { RowField, RowInput, RowTextarea } from "./row-field";
import type { RowControls } from "./row-controls";
import { UploadedSource } from "./uploaded-source";
import type { Row, RowErrors } from "./types";

/** The image's source (its URL, or the file being uploaded) and the fields FinerWorks keeps. */
export function RowMainFields({
  row,
  errors,
  held,
  size,
  controls: { id, common },
  onRemove,
}: {
  row: Row;
  errors: RowErrors;
  /** A draft whose image cannot be read: the URL is marked invalid and described by why. */
  held: boolean;
  /** The file size field as a number. */
  size: number;
  controls: RowControls;
  onRemove: (id: string) => void;
}) {
  return (
    <div className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-6 lg:grid-cols-12">
      {row.upload ? (
        <UploadedSource upload={row.upload} onCancel={() => onRemove(row.id)} />
      ) : (
        <RowField
          id={id("private_hires_uri")}
          label="Image URL"
          required
          error={errors.private_hires_uri}
          className="col-span-2 sm:col-span-6 lg:col-span-12"
        >
          {(describedBy, invalid) => (
            <RowInput
              {...common(
                "private_hires_uri",
                [describedBy, held ? `${row.id}-unreadable` : undefined]
                  .filter(Boolean)
                  .join(" ") || undefined,
              )}
              type="url"
              inputMode="url"
              placeholder="https://…"
              invalid={invalid || held}
              aria-required="true"
              spellCheck={false}
            />
          )}
        </RowField>
      )}
      <RowField
        id={id("title")}
        label="Title"
        error={errors.title}
        className="col-span-2 sm:col-span-3 lg:col-span-6"
      >
        {(describedBy, invalid) => <RowInput {...common("title", describedBy)} invalid={invalid} />}
      </RowField>
      <RowField
        id={id("file_name")}
        label="File name"
        required
        error={errors.file_name}
        className="col-span-2 sm:col-span-3 lg:col-span-6"
      >
        {(describedBy, invalid) => (
          <RowInput
            {...common("file_name", describedBy)}
            invalid={invalid}
            aria-required="true"
            spellCheck={false}
          />
        )}
      </RowField>
      <RowField
        id={id("description")}
        label="Description"
        error={errors.description}
        className="col-span-2 sm:col-span-6 lg:col-span-6"
      >
        {(describedBy, invalid) => (
          <RowTextarea {...common("description", describedBy)} rows={1} invalid={invalid} />
        )}
      </RowField>
      <RowField
        id={id("pix_w")}
        label="Width"
        error={errors.pix_w}
        hint="pixels"
        className="sm:col-span-2 lg:col-span-2"
      >
        {(describedBy, invalid) => (
          <RowInput {...common("pix_w", describedBy)} inputMode="numeric" invalid={invalid} />
        )}
      </RowField>
      <RowField
        id={id("pix_h")}
        label="Height"
        error={errors.pix_h}
        hint="pixels"
        className="sm:col-span-2 lg:col-span-2"
      >
        {(describedBy, invalid) => (
          <RowInput {...common("pix_h", describedBy)} inputMode="numeric" invalid={invalid} />
        )}
      </RowField>
      <RowField
        id={id("file_size")}
        label="File size"
        error={errors.file_size}
        hint={Number.isFinite(size) && size > 0 ? `bytes (${formatBytes(size)})` : "bytes"}
        className="col-span-2 sm:col-span-2 lg:col-span-2"
      >
        {(describedBy, invalid) => (
          <RowInput {...common("file_size", describedBy)} inputMode="numeric" invalid={invalid} />
        )}
      </RowField>
    </div>
  );
}
