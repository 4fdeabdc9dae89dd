"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { imageListOptions } from "@/lib/queries/images";
import type { ImageQuery } from "@/lib/schemas/image-query";
import { LightboxProvider } from "./lightbox-provider";

/**
 * The image page's lightbox moves through the result page the person came from when that page
 * is still in the cache (no new FinerWorks call for it), else shows this one image.
 */
export function DetailLightbox({
  image,
  gridQuery,
  children,
}: {
  image: ImageDetails;
  gridQuery: ImageQuery;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const page = queryClient.getQueryData(imageListOptions(gridQuery).queryKey)?.images;
  const images = page?.some((one) => one.guid === image.guid)
    ? page.map((one) => (one.guid === image.guid ? image : one))
    : [image];
  return <LightboxProvider images={images}>{children}</LightboxProvider>;
}
