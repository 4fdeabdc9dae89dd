"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { preloadLightbox, useOpenLightbox } from "./lightbox-provider";

/**
 * A thumbnail that opens the lightbox (a button named "View <title> larger"); outside a
 * lightbox's list it stays a link to the image page, out of the tab order (the title links there).
 */
export function LightboxTrigger({
  guid,
  title,
  href,
  children,
}: {
  guid: string;
  title: string;
  href: string;
  children: ReactNode;
}) {
  const open = useOpenLightbox();
  if (!open)
    return (
      <Link href={href} prefetch={false} tabIndex={-1} className="block">
        {children}
      </Link>
    );
  return (
    <button
      type="button"
      aria-label={`View ${title} larger`}
      onClick={() => open(guid)}
      onPointerEnter={preloadLightbox}
      onFocus={preloadLightbox}
      className="block w-full cursor-zoom-in focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-500"
    >
      {children}
    </button>
  );
}
