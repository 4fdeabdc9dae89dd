"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { ImageThumbnail } from "@/components/ui/image-thumbnail";

/** Whether the sheet is scrolling (the virtualiser's word): rows coming in wait for their image. */
export const SheetScrollingContext = createContext(false);

/**
 * A row's thumbnail, fetched only once the row is in view at rest: while arrows scroll the
 * sheet a row a key, each row coming in would fetch, decode and paint its image in the very
 * frame the cursor has to move in. Until then an empty box of the same size holds its place.
 */
export function SheetThumbnail({ image }: { image: ImageDetails }) {
  const scrolling = useContext(SheetScrollingContext);
  const [shown, setShown] = useState(!scrolling);
  useEffect(() => {
    if (!scrolling) setShown(true);
  }, [scrolling]);
  return shown ? (
    <ImageThumbnail
      src={image.public_thumbnail_uri}
      alt=""
      width={image.pix_w}
      height={image.pix_h}
      priority={false}
      variant="icon"
    />
  ) : (
    <div
      aria-hidden="true"
      className="size-12 shrink-0 rounded-md bg-slate-100 dark:bg-slate-800/70"
    />
  );
}
