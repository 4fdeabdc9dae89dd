import { formatCount } from "@/components/ui/format";

const strong = "font-medium text-slate-900 tabular-nums dark:text-slate-100";

/**
 * "Showing 1–24 of 200 images", or with "Has products" on, how many of this page's images have
 * products: the filter checks the page FinerWorks sent, and the sentence says so.
 */
export function ResultsSummary({
  page,
  perPage,
  count,
  shown,
  hasProducts,
  fileNameMatches,
}: {
  page: number;
  perPage: number;
  count: number;
  shown: number;
  hasProducts: boolean;
  /** Of `count`, the images only their file name matches (listed after the others). */
  fileNameMatches?: { count: number; limited: boolean } | undefined;
}) {
  const byFileName =
    fileNameMatches && fileNameMatches.count > 0 ? (
      <>
        {" "}
        (<span className={strong}>{formatCount(fileNameMatches.count)}</span> by file name only,
        listed last
        {fileNameMatches.limited ? "; more file names match: narrow the search to see them" : ""})
      </>
    ) : null;
  const first = (page - 1) * perPage + 1;
  if (hasProducts) {
    const last = Math.min(page * perPage, count);
    return (
      <>
        <span className={strong}>{formatCount(shown)}</span> of images{" "}
        <span className={strong}>
          {formatCount(first)}–{formatCount(last)}
        </span>{" "}
        (of <span className={strong}>{formatCount(count)}</span>){" "}
        {shown === 1 ? "has products" : "have products"}
        {byFileName}
      </>
    );
  }
  return (
    <>
      Showing{" "}
      <span className={strong}>
        {formatCount(first)}–{formatCount(first + shown - 1)}
      </span>{" "}
      of <span className={strong}>{formatCount(count)}</span> {count === 1 ? "image" : "images"}
      {byFileName}
    </>
  );
}
