// CSV written once for every export: RFC 4180 (comma, CRLF, quotes doubled, a field quoted when
// it holds a comma, quote or line break), UTF-8 with a BOM so spreadsheets read it as UTF-8, and
// cells that a spreadsheet would run as a formula neutralised. Big tables stream page by page.

export const CSV_BOM = "\uFEFF";

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

// =, +, -, @ start a formula; tab and CR can hide one behind whitespace (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that could start a formula gets a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A CSV byte stream over pages of rows, pulled one page at a time as the client reads. */
export function csvStream<T>(
  columns: readonly CsvColumn<T>[],
  pages: AsyncIterable<readonly T[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let headerSent = false;
  // highWaterMark 0: a page is read from the source only when the client has read the last one.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(CSV_BOM + csvRow(columns.map((c) => c.header))));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        const text = next.value.map((row) => csvRow(columns.map((c) => c.value(row)))).join("");
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** A download answer: the file name is ASCII letters, digits, dots and dashes only. */
export function csvResponse(fileName: string, body: ReadableStream<Uint8Array> | string): Response {
  const safe = fileName.replace(/[^A-Za-z0-9.-]/g, "-");
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${safe}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * Reads the first page now, so a failing source answers with an error status before any byte
 * of the download is sent; the rest is read as the client downloads.
 */
export async function primed<T>(pages: AsyncGenerator<T>): Promise<AsyncIterable<T>> {
  const first = await pages.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      yield* pages;
    },
  };
}
