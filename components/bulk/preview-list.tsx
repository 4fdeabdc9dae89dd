"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { PreviewRow } from "@/lib/bulk/preview";
import { PreviewRowView } from "./preview-row";
import type { ShownOutcome } from "./outcomes";

/** Every selected image, before -> after; only the rows in view are in the page (1,000 stay fast). */
export function PreviewList({
  rows,
  labelOf,
  excluded,
  outcomes,
  pending,
  busy,
  onInclude,
  onKeepMine,
  onTakeTheirs,
}: {
  rows: readonly PreviewRow[];
  labelOf: (guid: string) => string;
  excluded: ReadonlySet<string>;
  outcomes: ReadonlyMap<string, ShownOutcome>;
  /** Rows sent and not answered yet. */
  pending: ReadonlySet<string>;
  busy: boolean;
  onInclude: (guid: string, included: boolean) => void;
  onKeepMine: (guid: string) => void;
  onTakeTheirs: (guid: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 6,
    getItemKey: (index) => rows[index]!.guid,
  });
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label="Preview"
      tabIndex={0}
      className="min-h-40 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:outline-brand-500"
    >
      <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 top-0"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <PreviewRowView
                row={row}
                label={labelOf(row.guid)}
                included={!excluded.has(row.guid)}
                outcome={outcomes.get(row.guid)}
                pending={pending.has(row.guid)}
                busy={busy}
                onInclude={onInclude}
                onKeepMine={onKeepMine}
                onTakeTheirs={onTakeTheirs}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
