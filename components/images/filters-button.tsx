"use client";

import { Button } from "@/components/ui/button";

function FilterIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      className="size-4 shrink-0"
    >
      <path d="M4 6h16M7 12h10M10 18h4" />
    </svg>
  );
}

/** The phone's way to the filters; its name carries the active-filter count ("Filters 2 active"). */
export function FiltersButton({
  active,
  onClick,
  onIntent,
}: {
  active: number;
  onClick: () => void;
  /** A press may follow (pointer over it, or focus): time to load what it opens. */
  onIntent: () => void;
}) {
  return (
    <Button
      onClick={onClick}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      aria-haspopup="dialog"
      className="flex-1 sm:hidden"
    >
      <FilterIcon />
      Filters
      {active > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums">
          {active}
          <span className="sr-only"> active</span>
        </span>
      ) : null}
    </Button>
  );
}
