"use client";

import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { ChevronIcon, ChevronLeftIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format";
import { pageWindow } from "./page-numbers";

interface PaginationProps {
  page: number;
  totalPages: number;
  count: number;
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
}

function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export function Pagination({ page, totalPages, count, hrefFor, onPage }: PaginationProps) {
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-col items-center gap-3 sm:flex-row sm:justify-between"
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Page{" "}
        <span className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
          {formatCount(page)}
        </span>{" "}
        of{" "}
        <span className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
          {formatCount(totalPages)}
        </span>
        <span aria-hidden="true"> · </span>
        <span className="tabular-nums">
          {formatCount(count)} {count === 1 ? "image" : "images"}
        </span>
      </p>
      <div className="flex items-center gap-1">
        <Button
          size="sm"
          aria-label="Previous page"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          <ChevronLeftIcon className="size-4" />
          <span className="hidden sm:inline">Previous</span>
        </Button>
        <ul className="flex items-center gap-1">
          {pageWindow(page, totalPages).map((p, i) =>
            p === "gap" ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-400">
                …
              </li>
            ) : (
              <li key={p}>
                {/* Real links (open in a new tab works); a plain click changes page without a reload. */}
                <a
                  href={hrefFor(p)}
                  aria-label={`Page ${p}`}
                  aria-current={p === page ? "page" : undefined}
                  onClick={(e) => {
                    if (!isPlainClick(e)) return;
                    e.preventDefault();
                    if (p !== page) onPage(p);
                  }}
                  className={cn(
                    "inline-flex h-8 min-w-8 items-center justify-center rounded-lg px-2 text-sm font-medium tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500",
                    p === page
                      ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                      : "text-slate-700 hover:bg-slate-200/70 dark:text-slate-300 dark:hover:bg-slate-800",
                  )}
                >
                  {p}
                </a>
              </li>
            ),
          )}
        </ul>
        <Button
          size="sm"
          aria-label="Next page"
          disabled={page >= totalPages}
          onClick={() => onPage(page + 1)}
        >
          <span className="hidden sm:inline">Next</span>
          <ChevronIcon className="size-4" />
        </Button>
      </div>
    </nav>
  );
}
