"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DuplicateCheckBody, DuplicateMatch } from "@/lib/schemas/duplicates";
import { duplicateCheckOptions } from "@/lib/queries/duplicates";

interface RowLike {
  id: string;
  status: string;
  fields: {
    private_hires_uri: string;
    file_name: string;
    file_size: string;
    pix_w: string;
    pix_h: string;
  };
}

const SETTLE_MS = 600;
const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Possible duplicates by row id, checked once the rows stop changing; "Keep" hides one. */
export function useDuplicateCheck(rows: readonly RowLike[]) {
  const candidates = useMemo(
    () =>
      rows
        .filter(
          (r) =>
            r.status !== "added" &&
            (r.fields.private_hires_uri.trim() || r.fields.file_name.trim()),
        )
        .map((r) => ({
          id: r.id,
          keys: {
            private_hires_uri: r.fields.private_hires_uri.trim() || null,
            file_name: r.fields.file_name.trim() || null,
            file_size: count(r.fields.file_size),
            pix_w: count(r.fields.pix_w),
            pix_h: count(r.fields.pix_h),
          } satisfies DuplicateCheckBody["rows"][number],
        })),
    [rows],
  );
  const signature = JSON.stringify(candidates);
  const [settled, setSettled] = useState(candidates);
  useEffect(() => {
    const timer = setTimeout(
      () => setSettled(JSON.parse(signature) as typeof candidates),
      SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [signature]);

  const { data } = useQuery(duplicateCheckOptions(settled.map((c) => c.keys)));
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const byRow = useMemo(() => {
    const out = new Map<string, DuplicateMatch>();
    for (const match of data ?? []) {
      const id = settled[match.index]?.id;
      if (id && !kept.has(`${id}:${match.guid}`)) out.set(id, match);
    }
    return out;
  }, [data, settled, kept]);
  const keep = useCallback(
    (id: string, guid: string) => setKept((prev) => new Set(prev).add(`${id}:${guid}`)),
    [],
  );
  return { byRow, keep };
}
