/** What the rows and the open cell report to the grid: typing, leaving the cell, a cell clicked. */
export interface CellHandlers {
  onType: (value: string) => void;
  onCommit: (then: "down" | "right" | "left" | "stay") => void;
  onCancel: () => void;
  onPick: (row: number, col: number) => void;
}
