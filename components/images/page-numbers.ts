/** Page links to show around the current page: first, last, neighbours, and gaps as "gap". */
export function pageWindow(current: number, total: number, neighbours = 1): Array<number | "gap"> {
  const pages = new Set<number>([1, total]);
  for (let p = current - neighbours; p <= current + neighbours; p++)
    if (p >= 1 && p <= total) pages.add(p);
  // Avoid a gap that hides a single page: show it instead.
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push("gap");
    out.push(p);
  });
  return out;
}
