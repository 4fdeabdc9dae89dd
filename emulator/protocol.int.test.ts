// Rejections: every error answer is JSON with the status envelope and a fresh reference id;
// validation errors carry ASP.NET ModelState keyed by field path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "./server";
import { UPDATE_EXAMPLE_GUID } from "./seed";
import {
  call,
  KEY_HEADERS,
  library,
  REFERENCE_ID,
  startTestEmulator,
  TEST_KEYS,
} from "@/test/harness/emulator";

type ErrorAnswer = {
  status: { success: boolean; status_code: number; message: string; reference_id: string };
  ModelState?: Record<string, string[]>;
};

const image = (n: number) => ({
  file_name: `test-${n}.jpg`,
  private_hires_uri: `https://example.com/test-${n}.jpg`,
});

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

interface Case {
  name: string;
  endpoint: string;
  method?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  status: number;
  modelStateKey?: string;
}

const cases: Case[] = [
  {
    name: "6 images in one add_images",
    endpoint: "add_images",
    body: { library: library(), images: [1, 2, 3, 4, 5, 6].map(image) },
    status: 400,
    modelStateKey: "images",
  },
  {
    name: "add_images with no images",
    endpoint: "add_images",
    body: { library: library(), images: [] },
    status: 400,
    modelStateKey: "images",
  },
  {
    name: "add_images without file_name",
    endpoint: "add_images",
    body: { library: library(), images: [{ private_hires_uri: "https://x/y.jpg" }] },
    status: 400,
    modelStateKey: "images[0].file_name",
  },
  {
    name: "per_page 51",
    endpoint: "list_images",
    body: { library: library(), per_page: 51 },
    status: 400,
    modelStateKey: "per_page",
  },
  {
    name: "per_page 0",
    endpoint: "list_images",
    body: { library: library(), per_page: 0 },
    status: 400,
    modelStateKey: "per_page",
  },
  {
    name: "an unknown sort field",
    endpoint: "list_images",
    body: { library: library(), sort_field: "price" },
    status: 400,
    modelStateKey: "sort_field",
  },
  {
    name: "an unknown sort direction",
    endpoint: "list_images",
    body: { library: library(), sort_direction: "UP" },
    status: 400,
    modelStateKey: "sort_direction",
  },
  {
    name: "an unknown library name",
    endpoint: "list_images",
    body: { library: { ...library(), name: "public" } },
    status: 400,
    modelStateKey: "library.name",
  },
  {
    name: "no library",
    endpoint: "list_images",
    body: { per_page: 5 },
    status: 400,
    modelStateKey: "library",
  },
  {
    name: "a 7-character session_id",
    endpoint: "list_images",
    body: { library: { ...library(), session_id: "1234567" } },
    status: 400,
    modelStateKey: "library.session_id",
  },
  {
    name: "a 51-character session_id",
    endpoint: "list_images",
    body: { library: { ...library(), session_id: "x".repeat(51) } },
    status: 400,
    modelStateKey: "library.session_id",
  },
  {
    name: "a text site_id",
    endpoint: "list_images",
    body: { library: { ...library(), site_id: "two" } },
    status: 400,
    modelStateKey: "library.site_id",
  },
  {
    name: "a date that is not a date",
    endpoint: "list_images",
    body: { library: library(), upload_date_from: "yesterday" },
    status: 400,
    modelStateKey: "upload_date_from",
  },
  {
    name: "guid_filter that is not an array",
    endpoint: "list_images",
    body: { library: library(), guid_filter: "abc" },
    status: 400,
    modelStateKey: "guid_filter",
  },
  {
    name: "guid_filter with a non-guid",
    endpoint: "list_images",
    body: { library: library(), guid_filter: ["abc"] },
    status: 400,
    modelStateKey: "guid_filter[0]",
  },
  {
    name: "active that is not a boolean",
    endpoint: "list_images",
    body: { library: library(), active: "yes" },
    status: 400,
    modelStateKey: "active",
  },
  {
    name: "list_products that is not a boolean",
    endpoint: "list_images",
    body: { library: library(), list_products: 1 },
    status: 400,
    modelStateKey: "list_products",
  },
  {
    name: "an unknown guid in update_images",
    endpoint: "update_images",
    method: "PUT",
    body: {
      images: [
        { guid: UPDATE_EXAMPLE_GUID, title: "x" },
        { guid: "00000000-0000-4000-8000-000000000000", title: "y" },
      ],
    },
    status: 400,
    modelStateKey: "images[1].guid",
  },
  {
    name: "a malformed JSON body",
    endpoint: "list_images",
    rawBody: '{"library": {"name": "inventory",',
    status: 400,
    modelStateKey: "request",
  },
  {
    name: "an empty body",
    endpoint: "list_images",
    rawBody: "",
    status: 400,
    modelStateKey: "request",
  },
  {
    name: "a JSON array body",
    endpoint: "add_images",
    rawBody: "[]",
    status: 400,
    modelStateKey: "request",
  },
  {
    name: "POST to update_images",
    endpoint: "update_images",
    method: "POST",
    body: { images: [] },
    status: 405,
  },
  { name: "GET to list_images", endpoint: "list_images", method: "GET", status: 405 },
  { name: "an unknown path", endpoint: "delete_images", body: {}, status: 404 },
  {
    name: "missing keys",
    endpoint: "list_images",
    body: { library: library() },
    headers: {},
    status: 401,
  },
  {
    name: "a missing app_key",
    endpoint: "test_my_credentials",
    method: "GET",
    headers: { web_api_key: TEST_KEYS.webApiKey },
    status: 401,
  },
  {
    name: "a wrong web_api_key",
    endpoint: "list_images",
    body: { library: library() },
    headers: { ...KEY_HEADERS, web_api_key: "nope" },
    status: 401,
  },
  {
    name: "a wrong app_key on test_my_credentials",
    endpoint: "test_my_credentials",
    method: "GET",
    headers: { ...KEY_HEADERS, app_key: "nope" },
    status: 401,
  },
];

describe("rejections", () => {
  it.each(cases)("$name -> $status", async (c) => {
    const { status, json, headers } = await call<ErrorAnswer>(emulator, c.endpoint, c);
    expect(status).toBe(c.status);
    expect(headers.get("content-type")).toContain("application/json");
    expect(json.status).toMatchObject({ success: false, status_code: c.status });
    expect(json.status.message).not.toBe("");
    expect(json.status.reference_id).toMatch(REFERENCE_ID);
    if (c.modelStateKey) {
      expect(json.status.message).toBe("The request is invalid.");
      expect(Object.keys(json.ModelState ?? {})).toContain(c.modelStateKey);
      expect(json.ModelState?.[c.modelStateKey]?.[0]).toEqual(expect.any(String));
    }
  });

  it("a body over 5 MB is refused with 413", async () => {
    const rawBody = JSON.stringify({
      library: library(),
      search_filter: "x".repeat(5 * 1024 * 1024 + 10),
    });
    const { status, json } = await call<ErrorAnswer>(emulator, "list_images", { rawBody });
    expect(status).toBe(413);
    expect(json.status.reference_id).toMatch(REFERENCE_ID);
  });

  it("a 405 names the allowed method", async () => {
    const { headers } = await call(emulator, "update_images", { method: "POST", body: {} });
    expect(headers.get("allow")).toBe("PUT");
  });

  it("reference ids are new on every answer", async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => call<ErrorAnswer>(emulator, "test_my_credentials", { method: "GET" })),
    );
    expect(new Set(answers.map((a) => a.json.status.reference_id)).size).toBe(3);
  });

  it("accepts edge values: per_page 50 and 1, 5 images, lowercase sort direction, session_id of 8 and 50", async () => {
    for (const body of [
      { library: library(), per_page: 50 },
      { library: library(), per_page: 1, sort_direction: "asc" },
      { library: { ...library(), session_id: "12345678" } },
      { library: { ...library(), session_id: "x".repeat(50) } },
    ]) {
      expect((await call(emulator, "list_images", { body })).status).toBe(200);
    }
    const add = await call(emulator, "add_images", {
      body: { library: library("temporary"), images: [1, 2, 3, 4, 5].map(image) },
    });
    expect(add.status).toBe(200);
  });

  it("routes ignore case and a trailing slash, like ASP.NET", async () => {
    expect((await call(emulator, "Test_My_Credentials/", { method: "GET" })).status).toBe(200);
  });
});
