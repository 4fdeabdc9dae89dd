import Link from "next/link";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { cn } from "@/components/ui/cn";
import { imageDisplayTitle } from "@/components/ui/format";

interface ImageTitleProps {
  image: Pick<ImageDetails, "guid" | "title" | "file_name">;
  /** Where the title links to (the detail page); plain text when absent. */
  href?: string;
  id?: string;
  as?: "h1" | "h2" | "h3" | "span";
  className?: string;
  /** Turns the title into the way to start editing it (only where it is not a link). */
  onClick?: () => void;
}

/**
 * The image's title wherever it is shown (card, list row, detail page): a link to the image
 * page, or plain text that can open the inline editor.
 */
export function ImageTitle({
  image,
  href,
  id,
  as: Tag = "h3",
  className,
  onClick,
}: ImageTitleProps) {
  const text = imageDisplayTitle(image);
  return (
    <Tag
      id={id}
      onClick={href ? undefined : onClick}
      className={cn("min-w-0 font-semibold text-slate-900 dark:text-slate-50", className)}
      title={onClick && !href ? "Click to edit the title" : text}
    >
      {href ? (
        <Link
          href={href}
          prefetch={false}
          className="rounded-sm hover:text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:hover:text-blue-300"
        >
          {text}
        </Link>
      ) : (
        text
      )}
    </Tag>
  );
}
