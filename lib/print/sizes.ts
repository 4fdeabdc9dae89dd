// The standard print sizes labs sell, in inches, portrait (short side first, as labs name
// them); a landscape print is the same size turned.
export interface PrintSize {
  readonly short_in: number;
  readonly long_in: number;
}

export const STANDARD_SIZES: readonly PrintSize[] = (
  [
    [4, 6],
    [5, 7],
    [8, 10],
    [8, 12],
    [11, 14],
    [12, 16],
    [12, 18],
    [16, 20],
    [16, 24],
    [18, 24],
    [20, 24],
    [20, 30],
    [24, 30],
    [24, 36],
    [30, 40],
    [30, 45],
    [40, 60],
  ] as const
).map(([short_in, long_in]) => ({ short_in, long_in }));

/** The size a Low-resolution check is measured against: 8 x 10 in at 150 DPI. */
export const REFERENCE_SIZE: PrintSize = { short_in: 8, long_in: 10 };

export const CM_PER_INCH = 2.54;

/** "8 × 10 in": short side first. */
export function sizeLabel(size: PrintSize): string {
  return `${formatLength(size.short_in)} × ${formatLength(size.long_in)} in`;
}

/** Up to one decimal, none when whole: 8, 13.3, 50.8. */
export function formatLength(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
