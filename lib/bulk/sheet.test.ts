import { describe, expect, it } from "vitest";
import {
  changeCount,
  editedText,
  initialSheet,
  sheetReducer,
  type SheetAction,
  type SheetRow,
  type SheetState,
} from "./sheet";

const rows: SheetRow[] = ["a", "b", "c"].map((guid) => ({
  guid,
  base: { title: `Title ${guid}`, description: `Desc ${guid}` },
}));

const run = (...actions: SheetAction[]): SheetState =>
  actions.reduce((state, action) => sheetReducer(state, action, rows), initialSheet());

describe("spreadsheet moves", () => {
  it.each<[string, SheetAction[], [number, number]]>([
    ["down", [{ type: "move", rows: 1, cols: 0 }], [1, 0]],
    ["right", [{ type: "move", rows: 0, cols: 1 }], [0, 1]],
    ["not above the first row", [{ type: "move", rows: -1, cols: 0 }], [0, 0]],
    ["not past the last column", [{ type: "move", rows: 0, cols: 5 }], [0, 1]],
    ["not past the last row", [{ type: "move", rows: 9, cols: 0 }], [2, 0]],
    [
      "Tab goes right, then to the next row",
      [
        { type: "step", by: 1 },
        { type: "step", by: 1 },
      ],
      [1, 0],
    ],
    [
      "Shift+Tab goes back a row",
      [
        { type: "moveTo", row: 1, col: 0 },
        { type: "step", by: -1 },
      ],
      [0, 1],
    ],
    [
      "arrows do nothing while editing",
      [{ type: "edit" }, { type: "move", rows: 1, cols: 0 }],
      [0, 0],
    ],
  ])("%s", (_name, actions, [row, col]) => {
    expect(run(...actions)).toMatchObject({ row, col });
  });
});

describe("spreadsheet edits", () => {
  it("Enter commits and moves down; the change is counted against the base text", () => {
    const state = run(
      { type: "edit" },
      { type: "type", value: "New a" },
      { type: "commit", then: "down" },
    );
    expect(state).toMatchObject({
      row: 1,
      col: 0,
      editing: null,
      edits: { a: { title: "New a" } },
    });
    expect(changeCount(state.edits)).toBe(1);
    expect(editedText(rows[0]!, state.edits)).toEqual({ title: "New a", description: "Desc a" });
  });

  it("typing starts an edit with what was typed", () => {
    expect(run({ type: "edit", value: "x" })).toMatchObject({ editing: "x" });
    expect(run({ type: "edit" })).toMatchObject({ editing: "Title a" });
  });

  it("Esc while editing keeps the cell as it was; Esc on a changed cell reverts it", () => {
    const edited = run(
      { type: "edit" },
      { type: "type", value: "New" },
      { type: "commit", then: "stay" },
    );
    const cancelled = [
      { type: "edit" },
      { type: "type", value: "Other" },
      { type: "cancel" },
    ] as const;
    const afterCancel = cancelled.reduce((s, a) => sheetReducer(s, a, rows), edited);
    expect(afterCancel.edits).toEqual({ a: { title: "New" } });
    expect(sheetReducer(afterCancel, { type: "revert" }, rows).edits).toEqual({});
  });

  it("writing back the base text is no change", () => {
    const state = run(
      { type: "edit" },
      { type: "type", value: "Title a" },
      { type: "commit", then: "stay" },
    );
    expect(state.edits).toEqual({});
    expect(state.undo).toEqual([]);
  });

  it("Ctrl+Z undoes cell changes one at a time, last first, and goes to the cell", () => {
    const state = run(
      { type: "edit", value: "One" },
      { type: "commit", then: "down" },
      { type: "move", rows: 0, cols: 1 },
      { type: "edit", value: "Two" },
      { type: "commit", then: "stay" },
      { type: "moveTo", row: 0, col: 0 },
      { type: "edit", value: "Three" },
      { type: "commit", then: "down" },
    );
    expect(state.edits).toEqual({ a: { title: "Three" }, b: { description: "Two" } });
    const once = sheetReducer(state, { type: "undo" }, rows);
    expect(once).toMatchObject({
      row: 0,
      col: 0,
      edits: { a: { title: "One" }, b: { description: "Two" } },
    });
    const twice = sheetReducer(once, { type: "undo" }, rows);
    expect(twice).toMatchObject({ row: 1, col: 1, edits: { a: { title: "One" } } });
    const thrice = sheetReducer(twice, { type: "undo" }, rows);
    expect(thrice.edits).toEqual({});
    expect(sheetReducer(thrice, { type: "undo" }, rows)).toBe(thrice);
  });

  it("saved rows leave the edits; Discard drops them all", () => {
    const state = run(
      { type: "edit", value: "A" },
      { type: "commit", then: "down" },
      { type: "edit", value: "B" },
      { type: "commit", then: "down" },
    );
    expect(sheetReducer(state, { type: "saved", guids: ["a"] }, rows).edits).toEqual({
      b: { title: "B" },
    });
    expect(sheetReducer(state, { type: "discard" }, rows)).toMatchObject({ edits: {}, undo: [] });
  });
});
