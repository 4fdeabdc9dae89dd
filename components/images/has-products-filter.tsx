"use client";

const HAS_PRODUCTS_HINT_ID = "filter-has-products-hint";

/**
 * FinerWorks cannot filter by products, so this narrows the page FinerWorks sends (the page's
 * images that have products): the hint says so, and the summary counts this page only.
 */
export function HasProductsFilter({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="col-span-full flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <label className="inline-flex cursor-pointer items-center gap-2 font-medium text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={HAS_PRODUCTS_HINT_ID}
          onChange={(e) => onChange(e.target.checked)}
          className="size-4 cursor-pointer accent-brand-600"
        />
        Has products
      </label>
      <span id={HAS_PRODUCTS_HINT_ID} className="text-xs text-slate-600 dark:text-slate-400">
        Checks the images of each page as it loads (FinerWorks cannot filter by products), so a page
        may show fewer images.
      </span>
    </div>
  );
}
