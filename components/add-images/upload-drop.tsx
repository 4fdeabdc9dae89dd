"use client";

import { useId, useState, type DragEvent } from "react";
import { cn } from "@/components/ui/cn";
import { ImageIcon } from "@/components/ui/icons";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/schemas/add-images";
import { formatBytes } from "@/lib/bytes";

/** Drop files here or pick them: each becomes a row that uploads with its own progress bar. */
export function UploadDrop({
  onFiles,
  maxBytes,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  maxBytes: number;
  disabled?: boolean;
}) {
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        From your computer
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        JPEG, PNG, TIFF or WebP, up to {formatBytes(maxBytes)} each. A thumbnail and a preview are
        made for you.
      </p>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cn(
          "relative mt-3 flex min-h-32 flex-1 flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors",
          "focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30",
          over
            ? "border-brand-500 bg-brand-50 dark:bg-brand-700/20"
            : "border-slate-300 dark:border-slate-700",
        )}
      >
        <ImageIcon className="size-7 text-slate-400 dark:text-slate-500" />
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Drop image files here, or{" "}
          <label
            htmlFor={`${id}-input`}
            className="cursor-pointer font-medium text-brand-600 underline underline-offset-2 dark:text-blue-300"
          >
            choose files
          </label>
        </p>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_TYPES.join(",")}
          aria-label="Upload files"
          disabled={disabled}
          className="sr-only"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
    </section>
  );
}
