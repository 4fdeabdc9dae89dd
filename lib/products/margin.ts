/** What a product earns: asking price minus cost, and that as a share of the asking price. */
export interface Margin {
  amount: number;
  /** Percent of the asking price; null when there is no asking price to divide by. */
  pct: number | null;
}

/** Null without an asking price (0 or missing counts as none: there is nothing to earn). */
export function productMargin(
  askingPrice: number | null | undefined,
  cost: number | null | undefined,
): Margin | null {
  if (askingPrice === null || askingPrice === undefined || !(askingPrice > 0)) return null;
  if (cost === null || cost === undefined || !Number.isFinite(cost)) return null;
  const amount = Math.round((askingPrice - cost) * 100) / 100;
  return { amount, pct: Math.round((amount / askingPrice) * 1000) / 10 };
}
