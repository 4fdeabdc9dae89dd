import { describe, expect, it } from "vitest";
import { addImageInputSchema } from "@/lib/schemas/image-input";
import { cleanFileName, fileNameFromUrl, titleFromFileName } from "@/lib/schemas/add-images";
import { splitUrlList } from "./paste-urls";
import { duplicateErrors } from "./duplicates";
import { fingerprint, formErrors, rowInput, validateRow } from "./payload";
import { initialState, newRow, reducer } from "./state";
import { fromStored, toStored } from "./storage";
import type { FormState } from "./types";

const URL_A = "http://127.0.0.1:4110/media/preview/a.jpg";
const URL_B = "http://127.0.0.1:4110/media/preview/b.jpg";

function withUrls(...urls: string[]): FormState {
  return reducer(initialState(), { type: "add-urls", urls });
}

const probe = (url: string, name: string) => ({
  url,
  content_type: "image/jpeg" as const,
  file_size: 123456,
  pix_w: 1600,
  pix_h: 1200,
  file_name: name,
  bytes_read: 65536,
});

describe("rows", () => {
  it("turn pasted URLs into rows, replacing the empty starter row", () => {
    const state = withUrls(URL_A, URL_B);
    expect(state.rows.map((r) => r.fields.private_hires_uri)).toEqual([URL_A, URL_B]);
  });

  it("stop at 50 and say how many were left out", () => {
    const urls = Array.from({ length: 53 }, (_, i) => `https://example.com/${i}.jpg`);
    const state = withUrls(...urls);
    expect(state.rows).toHaveLength(50);
    expect(state.notice).toMatch(/3 URLs were left out/);
  });

  it("fill details from a probe, but never over what the user typed", () => {
    let state = withUrls(URL_A);
    const id = state.rows[0]!.id;
    state = reducer(state, { type: "set-field", id, field: "title", value: "My sunrise" });
    state = reducer(state, {
      type: "probe-done",
      id,
      result: probe(URL_A, "sunrise_over-sea.jpg"),
    });
    expect(state.rows[0]!.fields).toMatchObject({
      title: "My sunrise",
      file_name: "sunrise_over-sea.jpg",
      file_size: "123456",
      pix_w: "1600",
      pix_h: "1200",
    });
    // A new URL's probe replaces the automatic values, still not the typed title.
    state = reducer(state, { type: "set-field", id, field: "private_hires_uri", value: URL_B });
    state = reducer(state, {
      type: "probe-done",
      id,
      result: { ...probe(URL_B, "b.jpg"), pix_w: 800 },
    });
    expect(state.rows[0]!.fields).toMatchObject({
      title: "My sunrise",
      file_name: "b.jpg",
      pix_w: "800",
    });
  });

  it("ignore a probe answer for a URL the row no longer has", () => {
    let state = withUrls(URL_A);
    const id = state.rows[0]!.id;
    state = reducer(state, { type: "set-field", id, field: "private_hires_uri", value: URL_B });
    state = reducer(state, { type: "probe-done", id, result: probe(URL_A, "a.jpg") });
    expect(state.rows[0]!.fields.file_name).toBe("");
  });
});

describe("validation uses the server's schema", () => {
  it("accepts what the server accepts, field for field", () => {
    let state = withUrls(URL_A);
    const id = state.rows[0]!.id;
    state = reducer(state, { type: "probe-done", id, result: probe(URL_A, "a.jpg") });
    const row = state.rows[0]!;
    expect(validateRow(row)).toEqual({});
    expect(addImageInputSchema.safeParse(rowInput(row)).success).toBe(true);
  });

  it("names the field and the server's message", () => {
    const row = newRow({
      private_hires_uri: "ftp://x/y.jpg",
      file_name: "a/b.jpg",
      pix_w: "12.5",
      pix_h: "wide",
      file_size: "-1",
    });
    expect(validateRow(row)).toEqual({
      private_hires_uri: "must be an http(s) URL",
      file_name: "must not contain / or \\",
      pix_w: "must be a whole number",
      pix_h: "must be a number",
      file_size: "must not be negative",
    });
    expect(validateRow(newRow())).toMatchObject({
      private_hires_uri: "must be an http(s) URL",
      file_name: "is required",
    });
  });

  it("shows a field's error once typed in, and every error after a refused submit", () => {
    let state = withUrls("not a url");
    const id = state.rows[0]!.id;
    expect(formErrors(state).get(id)!.shown).toEqual({});
    state = reducer(state, {
      type: "set-field",
      id,
      field: "private_hires_uri",
      value: "still not",
    });
    expect(formErrors(state).get(id)!.shown).toEqual({
      private_hires_uri: "must be an http(s) URL",
    });
    state = reducer(state, { type: "show-errors" });
    expect(formErrors(state).get(id)!.shown).toMatchObject({ file_name: "is required" });
  });

  it("flags rows that share a URL or a file name", () => {
    const rows = [
      newRow({ private_hires_uri: URL_A, file_name: "A.jpg" }),
      newRow({ private_hires_uri: URL_B, file_name: "a.JPG" }),
      newRow({ private_hires_uri: ` ${URL_A} `, file_name: "c.jpg" }),
    ];
    const dups = duplicateErrors(rows);
    expect(dups.get(rows[0]!.id)).toEqual({
      private_hires_uri: "is also used by image 3",
      file_name: "is also used by image 2",
    });
    expect(dups.get(rows[1]!.id)).toEqual({ file_name: "is also used by image 1" });
    expect(dups.get(rows[2]!.id)).toEqual({ private_hires_uri: "is also used by image 1" });
  });
});

describe("rowInput", () => {
  it("uses generated thumbnails for the current URL only, or the hi-res URL without a store", () => {
    const row = {
      ...newRow({
        private_hires_uri: URL_A,
        file_name: "a.jpg",
        pix_w: "10",
        pix_h: "20",
        file_size: "300",
      }),
      generated: {
        forUrl: URL_A,
        public_thumbnail_uri: "http://app/media/t.jpg",
        public_preview_uri: "http://app/media/p.jpg",
        thumbnail_file_name: "a-thumb.jpg",
        preview_file_name: "a-preview.jpg",
      },
    };
    expect(rowInput(row)).toEqual({
      private_hires_uri: URL_A,
      title: "",
      file_name: "a.jpg",
      file_size: 300,
      pix_w: 10,
      pix_h: 20,
      public_thumbnail_uri: "http://app/media/t.jpg",
      public_preview_uri: "http://app/media/p.jpg",
      thumbnail_file_name: "a-thumb.jpg",
      preview_file_name: "a-preview.jpg",
    });
    const moved = { ...row, fields: { ...row.fields, private_hires_uri: URL_B } };
    expect(rowInput(moved).public_thumbnail_uri).toBeUndefined();
    expect(rowInput(moved, { fallbackToHires: true })).toMatchObject({
      public_thumbnail_uri: URL_B,
      public_preview_uri: URL_B,
    });
    expect(fingerprint([rowInput(row)])).toBe(fingerprint([rowInput({ ...row })]));
  });
});

describe("session storage", () => {
  it("keeps rows, turns interrupted work into something to retry", () => {
    let state = withUrls(URL_A, URL_B);
    const [a, b] = state.rows.map((r) => r.id) as [string, string];
    state = reducer(state, { type: "set-status", ids: [a], status: "adding" });
    state = reducer(state, { type: "probe-start", id: b, url: URL_B });
    state = reducer(state, { type: "pending", pending: { key: "k1", fingerprint: "f" } });
    const back = fromStored(JSON.stringify(toStored(state)))!;
    expect(back.rows[0]).toMatchObject({ status: "failed", fields: { private_hires_uri: URL_A } });
    expect(back.rows[1]!.probe.state).toBe("idle");
    expect(back.pending).toEqual({ key: "k1", fingerprint: "f" });
    expect(fromStored("{broken")).toBeUndefined();
    expect(fromStored(null)).toBeUndefined();
  });

  it.each([
    ["no rows", { rows: [] }],
    ["a row without an id", { rows: [{ fields: {} }] }],
    ["a field that is not text", { rows: [{ id: "r1", fields: { title: 42 } }] }],
    ["an unknown status", { rows: [{ id: "r1", status: "shipped" }] }],
    ["a pending attempt without its key", { rows: [{ id: "r1" }], pending: { fingerprint: "f" } }],
    ["not an object", ["rows"]],
  ])("drops a stored entry with %s", (_what, stored) => {
    expect(fromStored(JSON.stringify(stored))).toBeUndefined();
  });

  it("fills in what an older entry left out", () => {
    const back = fromStored(JSON.stringify({ rows: [{ id: "r1", fields: { title: "Dawn" } }] }))!;
    expect(back.rows[0]).toMatchObject({
      id: "r1",
      status: "draft",
      fields: { title: "Dawn", private_hires_uri: "" },
      probe: { state: "idle", url: "" },
    });
    expect(back.showAllErrors).toBe(false);
  });

  it("cannot bring back an upload in flight", () => {
    let state = reducer(initialState(), {
      type: "add-files",
      files: [{ id: "f1", name: "a.png", size: 10 }],
    });
    state = reducer(state, { type: "upload-start", id: "f1" });
    expect(fromStored(JSON.stringify(state))!.rows[0]!.upload).toMatchObject({
      state: "error",
      message: expect.stringMatching(/choose the file again/) as unknown,
    });
  });
});

describe("file names and pasted lists", () => {
  it("derive names and titles", () => {
    expect(fileNameFromUrl("https://x.test/art/Sunset%20Beach.jpg?w=1")).toBe("Sunset Beach.jpg");
    expect(fileNameFromUrl("https://x.test/")).toBe("image");
    expect(titleFromFileName("sunset_beach-02.jpg")).toBe("sunset beach 02");
    expect(cleanFileName("a/b\u0007c.jpg")).toBe("abc.jpg");
    expect(cleanFileName(`${"x".repeat(300)}.jpeg`)).toHaveLength(200);
  });

  it("split a pasted list into URLs and the rest", () => {
    expect(splitUrlList(`${URL_A}\r\n\n  ${URL_B}  \nnot a url\n`)).toEqual({
      urls: [URL_A, URL_B],
      rest: ["not a url"],
    });
  });
});
