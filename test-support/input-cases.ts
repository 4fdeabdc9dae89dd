// Classes of user input the API refuses with a field error before any upstream call, shared by
// the vitest route test (in-process emulator) and the Playwright spec (the built app over HTTP).
import { SEEDED_GUID, VALID_IMAGE, type ApiCall } from "./api-cases";

export interface FieldCase extends ApiCall {
  name: string;
  /** The key of `error.fields` that must name the problem. */
  field: string;
}

const JSON_HEADERS = { "content-type": "application/json" };

const addWith = (name: string, image: Record<string, unknown>, field: string): FieldCase => ({
  name,
  method: "POST",
  path: "/api/images",
  headers: JSON_HEADERS,
  // JSON.stringify writes a lone surrogate as a \ud800 escape, so it reaches the server as such.
  body: JSON.stringify({ images: [{ ...VALID_IMAGE, ...image }], library: "temporary" }),
  field: `images.0.${field}`,
});

const patchWith = (name: string, change: Record<string, unknown>, field: string): FieldCase => ({
  name,
  method: "PATCH",
  path: "/api/images",
  headers: JSON_HEADERS,
  body: JSON.stringify({ images: [{ guid: SEEDED_GUID, ...change }] }),
  field: `images.0.${field}`,
});

/** Bidirectional overrides and isolates spoof how a name reads; lone surrogates are not text. */
export const UNICODE_CASES: FieldCase[] = [
  addWith("title with RIGHT-TO-LEFT OVERRIDE", { title: "Sunset \u202Egpj.exe" }, "title"),
  addWith("title with LEFT-TO-RIGHT EMBEDDING", { title: "a\u202Ab" }, "title"),
  addWith("title with RIGHT-TO-LEFT EMBEDDING", { title: "a\u202Bb" }, "title"),
  addWith("title with POP DIRECTIONAL FORMATTING", { title: "a\u202Cb" }, "title"),
  addWith("title with LEFT-TO-RIGHT OVERRIDE", { title: "a\u202Db" }, "title"),
  addWith("title with LEFT-TO-RIGHT ISOLATE", { title: "a\u2066b" }, "title"),
  addWith("title with RIGHT-TO-LEFT ISOLATE", { title: "a\u2067b" }, "title"),
  addWith("title with FIRST STRONG ISOLATE", { title: "a\u2068b" }, "title"),
  addWith("title with POP DIRECTIONAL ISOLATE", { title: "a\u2069b" }, "title"),
  addWith("description with an override", { description: "ok\n\u202Eevil" }, "description"),
  addWith("file name with an override", { file_name: "photo\u202Egpj.exe" }, "file_name"),
  addWith("file name with a RIGHT-TO-LEFT MARK", { file_name: "photo\u200F.jpg" }, "file_name"),
  addWith("file name with an ARABIC LETTER MARK", { file_name: "a\u061C.jpg" }, "file_name"),
  addWith(
    "hi-res file name with an isolate",
    { hires_file_name: "a\u2066.jpg" },
    "hires_file_name",
  ),
  addWith("title with a lone high surrogate", { title: "a\uD800b" }, "title"),
  addWith("title with a lone low surrogate", { title: "a\uDC00b" }, "title"),
  addWith("title ending in a high surrogate", { title: "ab\uD83C" }, "title"),
  addWith("description with a lone surrogate", { description: "\uDFFF" }, "description"),
  addWith("file name with a lone surrogate", { file_name: "a\uD800.jpg" }, "file_name"),
  patchWith("edited title with an override", { title: "a\u202Eb" }, "title"),
  patchWith("edited description with an isolate", { description: "a\u2067b" }, "description"),
  patchWith("edited title with a lone surrogate", { title: "\uD800" }, "title"),
];

/** Addresses FinerWorks (or the emulator) must never be asked to fetch. */
export const PRIVATE_URI_CASES: FieldCase[] = [
  ["loopback IPv4", "http://127.0.0.1/a.jpg"],
  ["loopback elsewhere in 127/8", "http://127.8.9.10/a.jpg"],
  ["localhost by name", "http://localhost/a.jpg"],
  ["loopback IPv6", "http://[::1]/a.jpg"],
  ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/a.jpg"],
  ["loopback as a decimal number", "http://2130706433/a.jpg"],
  ["loopback in hex", "http://0x7f.0.0.1/a.jpg"],
  ["unspecified address", "http://0.0.0.0/a.jpg"],
  ["private 10/8", "http://10.1.2.3/a.jpg"],
  ["private 172.16/12", "https://172.20.0.1/a.jpg"],
  ["private 192.168/16", "http://192.168.1.10/a.jpg"],
  ["carrier-grade NAT", "http://100.64.0.1/a.jpg"],
  ["cloud metadata", "http://169.254.169.254/latest/meta-data/"],
  ["link-local IPv6", "http://[fe80::1]/a.jpg"],
  ["unique-local IPv6", "http://[fd00::1]/a.jpg"],
  ["multicast", "http://224.0.0.1/a.jpg"],
  ["broadcast", "http://255.255.255.255/a.jpg"],
].flatMap(([what, uri], i) => {
  const field = (["private_hires_uri", "public_preview_uri", "public_thumbnail_uri"] as const)[
    i % 3
  ]!;
  return [addWith(`${field} at ${what} (${uri})`, { [field]: uri }, field)];
});
