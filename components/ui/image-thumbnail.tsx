"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ImageIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";

const BOX = {
  frame: "aspect-[4/3] w-full",
  natural: "w-full",
  icon: "size-12 shrink-0 rounded-md",
} as const;

interface ImageThumbnailProps {
  src: string | null;
  alt: string;
  width: number | null;
  height: number | null;
  /** Above the fold: load now and with high priority (it is likely the LCP element). */
  priority?: boolean;
  /**
   * The request's priority when not `priority`: "low" for rows of thumbnails beside a data fetch,
   * so Chromium does not raise visible images to high and queue them ahead of the fetch.
   */
  fetchPriority?: "low" | "auto";
  /**
   * Ask for the file only once the thumbnail has stayed on screen this long: rows of a view the
   * reader flicks past (a filter changed again, a fast scroll) then never load theirs, and the
   * next view's data request is not queued behind them for one of the browser's six connections.
   */
  loadAfterMs?: number;
  /** The box: a fixed 4:3 frame (cards), sized from pix_w/pix_h (detail), or a small square (list rows). */
  variant?: "frame" | "natural" | "icon";
  className?: string;
}

/**
 * A thumbnail that never shifts the layout: the box is sized before the file arrives
 * (fixed frame, or an aspect ratio from pix_w/pix_h), and a failed file shows a fallback
 * that keeps the image's accessible name.
 */
export function ImageThumbnail({
  src,
  alt,
  width,
  height,
  priority = false,
  fetchPriority = "auto",
  loadAfterMs,
  variant = "frame",
  className,
}: ImageThumbnailProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const failed = src !== null && failedSrc === src;
  const ref = useRef<HTMLImageElement | null>(null);
  const settledSrc = useSettled(src, loadAfterMs);
  const attach = useCallback((img: HTMLImageElement | null) => {
    ref.current = img;
    return () => {
      ref.current = null;
      // A file still on its way when the thumbnail goes is not wanted any more: an emptied src
      // cancels the request (a detached <img> would go on loading it).
      if (img && !img.complete) img.removeAttribute("src");
    };
  }, []);

  useEffect(() => {
    // A server-rendered <img> can fail before React hydrates and attaches onError.
    const img = ref.current;
    if (src && img?.complete && img.naturalWidth === 0) setFailedSrc(src);
  }, [src]);

  const ratio = width && height ? `${width} / ${height}` : undefined;
  const box = cn(
    "relative flex items-center justify-center overflow-hidden bg-slate-100 dark:bg-slate-800/70",
    BOX[variant],
    className,
  );

  if (!src || failed) {
    return (
      <div
        className={box}
        style={variant === "natural" ? { aspectRatio: ratio ?? "4 / 3" } : undefined}
      >
        <div
          role="img"
          aria-label={alt}
          className="flex flex-col items-center gap-1.5 text-slate-600 dark:text-slate-400"
        >
          <ImageIcon className={variant === "icon" ? "size-5" : "size-8"} />
          {variant === "icon" ? null : (
            <span className="text-xs font-medium">Preview unavailable</span>
          )}
        </div>
      </div>
    );
  }

  return (
    <div
      className={box}
      style={variant === "natural" ? { aspectRatio: ratio ?? "4 / 3" } : undefined}
    >
      {/* Plain <img>: thumbnails come from whatever host FinerWorks stores them on (or the
          emulator), already sized; next/image would need every such host allow-listed and would
          fetch them again through our server. */}
      {settledSrc === src ? (
        // eslint-disable-next-line @next/next/no-img-element -- see above
        <img
          ref={attach}
          src={src}
          alt={alt}
          width={width ?? undefined}
          height={height ?? undefined}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : fetchPriority}
          decoding="async"
          onError={() => setFailedSrc(src)}
          className="h-full w-full object-contain"
        />
      ) : null}
    </div>
  );
}

/** `value` once it has stayed the same for `delayMs` (at once without a delay). */
function useSettled<T>(value: T, delayMs: number | undefined): T | undefined {
  const [settled, setSettled] = useState<T | undefined>(delayMs === undefined ? value : undefined);
  useEffect(() => {
    if (delayMs === undefined) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === undefined ? value : settled;
}
