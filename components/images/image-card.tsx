"use client";

import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { EditButton } from "./editing/edit-button";
import { ImageDescription } from "./editing/image-description";
import { LazyImageTextEditor } from "./editing/lazy-image-text-editor";
import { SaveStatus } from "./editing/save-status";
import { useImageEditing } from "./editing/use-image-editing";
import { formatDate, imageDisplayTitle, isoDay } from "@/components/ui/format";
import { ImageBadges, ImageFacts } from "./image-meta";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";
import { ImageTitle } from "./image-title";
import { SelectCheckbox } from "@/components/bulk/select-checkbox";
import { LightboxTrigger } from "./lightbox/lightbox-trigger";

interface ImageCardProps {
  image: ImageDetails;
  library: LibraryName;
  href: string;
  priority: boolean;
}

export function ImageCard({ image: cached, library, href, priority }: ImageCardProps) {
  const editing = useImageEditing(cached);
  const { image } = editing;
  const titleId = `image-${image.guid}-title`;
  const title = imageDisplayTitle(image);
  const { canEdit, editorOpen } = editing;
  return (
    <article
      aria-labelledby={titleId}
      className="flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs transition-shadow hover:shadow-md dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="relative border-b border-slate-100 dark:border-slate-800">
        <LightboxTrigger guid={image.guid} title={title} href={href}>
          <ImageThumbnail
            src={image.public_thumbnail_uri}
            alt={title}
            width={image.pix_w}
            height={image.pix_h}
            priority={priority}
          />
        </LightboxTrigger>
        <SaveStatus
          save={editing.save}
          draftPending={editing.draftPending}
          className="absolute top-2 left-2"
        />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3.5">
        <div className="min-w-0 space-y-1">
          <div className="flex items-start gap-1">
            <SelectCheckbox image={image} className="mt-0.5 mr-1" />
            <ImageTitle
              image={image}
              href={href}
              id={titleId}
              className="min-w-0 flex-1 truncate text-[0.95rem] leading-snug"
            />
            {canEdit && !editorOpen ? (
              <EditButton field="title" editing={editing} className="-my-1" />
            ) : null}
          </div>
          {/* While editing, the heading keeps what FinerWorks has; the form holds the draft. */}
          {editorOpen ? (
            <LazyImageTextEditor
              image={image}
              library={library}
              session={editing.session!}
              className="pt-1"
            />
          ) : (
            <>
              <p
                className="truncate font-mono text-xs text-slate-500 dark:text-slate-400"
                title={image.file_name ?? undefined}
              >
                {image.file_name ?? "—"}
              </p>
              <div className="flex items-start gap-1">
                {/* Two lines kept for every card, so a row of cards stays level. */}
                <ImageDescription
                  text={image.description}
                  className="line-clamp-2 min-h-8 flex-1 text-xs leading-4"
                />
                {canEdit ? (
                  <EditButton field="description" editing={editing} className="-my-1" />
                ) : null}
              </div>
            </>
          )}
        </div>
        <ImageFacts image={image} />
        <ImageBadges image={image} library={library} productsButton />
        {/* A fixed-height last line keeps the cards of a row level. */}
        <div className="min-h-7 empty:hidden min-[480px]:empty:block">
          {image.date_expires ? (
            <p className="py-0.5 text-xs text-slate-500 dark:text-slate-400">
              Expires{" "}
              <time dateTime={isoDay(image.date_expires)}>{formatDate(image.date_expires)}</time>
            </p>
          ) : null}
        </div>
      </div>
    </article>
  );
}
