"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { imageDetailOptions } from "@/lib/queries/images";
import { cn } from "@/components/ui/cn";
import { parseImageQueryLenient } from "@/lib/schemas/image-query";
import { buttonClasses } from "@/components/ui/button";
import { DownloadIcon, ChevronLeftIcon } from "@/components/ui/icons";
import { CanEditProvider } from "@/components/ui/can-edit";
import { EditButton } from "./editing/edit-button";
import { ImageDescription } from "./editing/image-description";
import { LazyImageTextEditor } from "./editing/lazy-image-text-editor";
import { SaveStatus } from "./editing/save-status";
import { useImageEditing } from "./editing/use-image-editing";
import { ImageDetailSkeleton } from "./image-detail-skeleton";
import { ImageBadges } from "./image-meta";
import { imageDisplayTitle } from "@/components/ui/format";
import { ImageFields } from "./image-fields";
import { ImageHistory } from "./image-history";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";
import { ImageTitle } from "./image-title";
import { LoadError } from "@/components/ui/load-error";
import { ProductCards } from "@/components/products/product-details";
import { DetailLightbox } from "./lightbox/detail-lightbox";
import { LightboxTrigger } from "./lightbox/lightbox-trigger";
import { gridHref, parseViewMode } from "./url-state";
import { PrintSizes } from "@/components/print/print-sizes";

function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={title}
      className={cn(
        "rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5 dark:border-slate-800 dark:bg-slate-900",
        className,
      )}
    >
      <h2 className="mb-2 text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Title, description and badges; for staff and admin, with the inline editor. */
function ImageHeading({ image: cached, library }: { image: ImageDetails; library: LibraryName }) {
  const editing = useImageEditing(cached);
  const { image } = editing;
  const { canEdit, editorOpen } = editing;
  const clickToEdit = canEdit && !editorOpen && !editing.busy;
  return (
    // The whole width on a phone, so the open editor is never squeezed beside the hi-res button.
    <div className="w-full min-w-0 space-y-2 sm:w-auto sm:flex-1">
      <div className="flex flex-wrap items-center gap-2">
        <ImageTitle
          image={image}
          as="h1"
          className={cn("text-2xl tracking-tight break-words", clickToEdit && "cursor-text")}
          // Staff fix titles all day: a click on the title opens the editor (the button is the keyboard way).
          onClick={clickToEdit ? () => editing.open("title") : undefined}
        />
        <SaveStatus save={editing.save} draftPending={editing.draftPending} />
      </div>
      {editorOpen ? (
        // The heading keeps what FinerWorks has while the form holds the draft.
        <div className="w-full max-w-2xl rounded-xl border border-slate-200 bg-white p-4 shadow-xs dark:border-slate-800 dark:bg-slate-900">
          <LazyImageTextEditor image={image} library={library} session={editing.session!} />
        </div>
      ) : (
        <ImageDescription text={image.description} className="max-w-prose text-sm" />
      )}
      {canEdit && !editorOpen ? (
        <div className="flex flex-wrap gap-1">
          <EditButton field="title" editing={editing} showLabel />
          <EditButton field="description" editing={editing} showLabel />
        </div>
      ) : null}
      <ImageBadges image={image} library={library} />
    </div>
  );
}

/** One image (from `library`, found by the page): the preview, every field, its products and the hi-res file. */
export function ImageDetail({
  guid,
  library,
  canEdit,
}: {
  guid: string;
  library: LibraryName;
  canEdit: boolean;
}) {
  const searchParams = useSearchParams();
  const gridQuery = parseImageQueryLenient(searchParams);
  const backHref = gridHref(gridQuery, parseViewMode(searchParams));
  const {
    data: image,
    error,
    isPending,
    isError,
    isFetching,
    refetch,
  } = useQuery(imageDetailOptions(guid, library));

  const back = (
    <Link
      href={backHref}
      className="inline-flex items-center gap-1 rounded-md text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-400 dark:hover:text-white"
    >
      <ChevronLeftIcon className="size-4" />
      Back to images
    </Link>
  );

  if (isError) {
    return (
      <div className="space-y-4">
        {back}
        <LoadError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      </div>
    );
  }
  if (isPending) return <ImageDetailSkeleton />;
  if (!image) {
    return (
      <div className="space-y-4">
        {back}
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center dark:border-slate-700 dark:bg-slate-900">
          <h1 className="text-lg font-semibold">Image not found</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            No image with this id is in the {library} library. It may have expired or been removed.
          </p>
        </div>
      </div>
    );
  }

  const products = image.products ?? [];
  return (
    <CanEditProvider canEdit={canEdit}>
      <div className="space-y-5">
        {back}
        <div className="flex flex-wrap items-start justify-between gap-3">
          <ImageHeading image={image} library={library} />
          {image.private_hires_uri ? (
            <a
              href={image.private_hires_uri}
              target="_blank"
              rel="noopener noreferrer"
              className={buttonClasses("primary")}
            >
              <DownloadIcon className="size-4" />
              Open hi-res file
            </a>
          ) : null}
        </div>
        {/* One column on a phone, in reading order: the image, its details, its products, its
            history (the two desktop columns dissolve into it). */}
        <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
          <div className="contents lg:block lg:space-y-5">
            <figure className="order-1 overflow-hidden rounded-xl border border-slate-200 bg-white p-3 shadow-xs dark:border-slate-800 dark:bg-slate-900">
              <div
                className="mx-auto"
                style={{
                  maxWidth:
                    image.pix_w && image.pix_h
                      ? `min(100%, calc(70vh * ${image.pix_w} / ${image.pix_h}))`
                      : undefined,
                }}
              >
                <DetailLightbox image={image} gridQuery={gridQuery}>
                  <LightboxTrigger
                    guid={image.guid}
                    title={imageDisplayTitle(image)}
                    href={backHref}
                  >
                    <ImageThumbnail
                      src={image.public_preview_uri ?? image.public_thumbnail_uri}
                      alt={imageDisplayTitle(image)}
                      width={image.pix_w}
                      height={image.pix_h}
                      priority
                      variant="natural"
                      className="rounded-lg"
                    />
                  </LightboxTrigger>
                </DetailLightbox>
              </div>
            </figure>
            {library === "inventory" ? (
              <Section title={`Products (${products.length})`} className="order-3">
                {products.length > 0 ? (
                  <ProductCards products={products} pixels={image} />
                ) : (
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    No print products are made from this image yet.
                  </p>
                )}
              </Section>
            ) : null}
          </div>
          <div className="contents lg:block lg:space-y-5">
            <Section title="Details" className="order-2">
              <ImageFields image={image} />
            </Section>
            <Section title="Print sizes" className="order-2">
              <PrintSizes pix_w={image.pix_w} pix_h={image.pix_h} />
            </Section>
            <div className="order-4">
              <ImageHistory image={image} library={library} />
            </div>
          </div>
        </div>
      </div>
    </CanEditProvider>
  );
}
