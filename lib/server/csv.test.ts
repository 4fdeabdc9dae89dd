import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvResponse, csvRow, csvStream, primed, type CsvColumn } from "./csv";
import { parseCsv } from "@/test/harness/csv";

/** The whole CSV as one string . */
function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return (
    CSV_BOM +
    csvRow(columns.map((c) => c.header)) +
    rows.map((row) => csvRow(columns.map((c) => c.value(row)))).join("")
  );
}

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    [null, ""],
    [undefined, ""],
    [12.5, "12.5"],
    [-3, "-3"],
    [Number.NaN, ""],
    [true, "true"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["naïve café ✓", "naïve café ✓"],
    // Formula injection: text a spreadsheet would run starts with an apostrophe instead.
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a=1", "a=1"],
  ])("%j -> %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("a CSV file", () => {
  const columns = [
    { header: "sku", value: (r: { sku: string; price: number }) => r.sku },
    { header: "price", value: (r: { sku: string; price: number }) => r.price },
  ];

  it("starts with a BOM, ends rows with CRLF, and round-trips through a strict parser", () => {
    const text = toCsv(columns, [
      { sku: "A,1", price: 5 },
      { sku: 'B "2"', price: 7.25 },
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe('sku,price\r\n"A,1",5\r\n"B ""2""",7.25\r\n');
    expect(parseCsv(text.slice(1))).toEqual([
      ["sku", "price"],
      ["A,1", "5"],
      ['B "2"', "7.25"],
    ]);
  });

  it("streams page by page, reading the next page only when asked", async () => {
    const read: number[] = [];
    async function* pages() {
      for (let page = 0; page < 3; page++) {
        read.push(page);
        yield await Promise.resolve([{ sku: `S${page}`, price: page }]);
      }
    }
    const stream = csvStream(columns, pages());
    const reader = stream.getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const header = await reader.read();
    expect(decoder.decode(header.value)).toBe(`${CSV_BOM}sku,price\r\n`);
    expect(read).toEqual([]);
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe("S0,0\r\n");
    expect(read).toEqual([0]);
    let rest = "";
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      rest += decoder.decode(chunk.value);
    }
    expect(rest).toBe("S1,1\r\nS2,2\r\n");
  });

  it("fails before the download starts when the first page fails", async () => {
    async function* failing(): AsyncGenerator<{ sku: string; price: number }[]> {
      yield await Promise.reject<{ sku: string; price: number }[]>(new Error("store down"));
    }
    await expect(primed(failing())).rejects.toThrow("store down");
  });

  it("answers as a UTF-8 CSV attachment with a safe file name", async () => {
    const response = csvResponse('evil"name\r\n.csv', toCsv(columns, []));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="evil-name--.csv"',
    );
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });
});
