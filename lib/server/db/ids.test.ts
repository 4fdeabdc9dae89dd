import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "./cursor";
import { newId } from "./ids";

describe("newId", () => {
  it("makes UUIDv7s that sort in the order they were made, within one millisecond too", () => {
    const ids = Array.from({ length: 5000 }, () => newId(1_780_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(ids[0]!.slice(14, 15)).toBe("7");
    expect(newId(1_780_000_000_001) > ids.at(-1)!).toBe(true);
  });
});

describe("cursors", () => {
  it("round-trip a position", () => {
    const position = { at: 1_780_000_000_000, id: newId() };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    "",
    "bm9wZQ",
    encodeCursor({ at: -1, id: "x" }),
    Buffer.from("1~a~b").toString("base64url"),
  ])("refuses %j with 400 naming the cursor", (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({
        code: "invalid_request",
        extra: { fields: { cursor: [expect.any(String) as string] } },
      }) as Error,
    );
  });
});
