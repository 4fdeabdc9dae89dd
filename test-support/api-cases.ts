// The API's status matrix and hostile-input table, shared by the Playwright specs (full stack)
// and the vitest route tests (route handlers against an in-process emulator).
export type Caller = "anonymous" | "artist" | "staff" | "admin";
export type Method = "GET" | "POST" | "PATCH";

export interface ApiCall {
  method: Method;
  path: string;
  headers?: Record<string, string>;
  /** The raw body, sent as is. */
  body?: string;
}

/** A seeded emulator image (present in every fresh emulator). */
export const SEEDED_GUID = "5fd001ce-5db8-4e84-9010-e29499eadb3f";

const JSON_HEADERS = { "content-type": "application/json" };
const json = (value: unknown) => JSON.stringify(value);

export const VALID_IMAGE = {
  title: "Matrix test",
  description: "Added by the API matrix test",
  file_name: "matrix-test.jpg",
  private_hires_uri: "https://images.example.com/matrix-test.jpg",
  public_thumbnail_uri: "https://images.example.com/matrix-test-thumb.jpg",
  pix_w: 1200,
  pix_h: 800,
  file_size: 123456,
};

export interface MatrixRoute extends ApiCall {
  name: string;
  expected: Record<Caller, number>;
  /** Routes of other features: run only against the full app, not in the vitest route test. */
  fullStackOnly?: boolean;
}

// The add-image helper routes get an empty body on purpose: 400 for every role proves the role
// gate let them through without storing or fetching anything.
const addHelper = (name: string, path: string, body?: string): MatrixRoute => ({
  name,
  method: "POST",
  path,
  headers: body === undefined ? undefined : JSON_HEADERS,
  body,
  expected: { anonymous: 401, artist: 400, staff: 400, admin: 400 },
  fullStackOnly: true,
});

// browse: all roles; add: all roles; edit: staff and admin; health: every signed-in user.
export const MATRIX: MatrixRoute[] = [
  {
    name: "GET /api/images",
    method: "GET",
    path: "/api/images?per_page=2",
    expected: { anonymous: 401, artist: 200, staff: 200, admin: 200 },
  },
  {
    name: "POST /api/images",
    method: "POST",
    path: "/api/images",
    headers: JSON_HEADERS,
    // The temporary library keeps test images out of the inventory grid other specs look at.
    body: json({ images: [VALID_IMAGE], library: "temporary" }),
    expected: { anonymous: 401, artist: 201, staff: 201, admin: 201 },
  },
  {
    name: "PATCH /api/images",
    method: "PATCH",
    path: "/api/images",
    headers: JSON_HEADERS,
    body: json({
      images: [{ guid: SEEDED_GUID, title: "Edited by the matrix test", description: "Matrix" }],
    }),
    expected: { anonymous: 401, artist: 403, staff: 200, admin: 200 },
  },
  {
    name: "GET /api/health",
    method: "GET",
    path: "/api/health",
    expected: { anonymous: 401, artist: 200, staff: 200, admin: 200 },
  },
  {
    name: "GET /api/activity",
    method: "GET",
    path: "/api/activity?limit=5",
    expected: { anonymous: 401, artist: 200, staff: 200, admin: 200 },
    fullStackOnly: true,
  },
  {
    name: "GET /api/removed-products",
    method: "GET",
    path: "/api/removed-products?limit=5",
    expected: { anonymous: 401, artist: 403, staff: 403, admin: 200 },
    fullStackOnly: true,
  },
  addHelper("POST /api/probe", "/api/probe", "{}"),
  addHelper("POST /api/uploads/from-url", "/api/uploads/from-url", "{}"),
  addHelper("POST /api/uploads", "/api/uploads?name=empty.jpg"),
];

export interface HostileCase extends ApiCall {
  name: string;
  status: number;
  code: string;
}

const get = (name: string, query: string, code = "invalid_request", status = 400): HostileCase => ({
  name,
  method: "GET",
  path: `/api/images?${query}`,
  status,
  code,
});

/** A JSON mutation of /api/images that must be refused as invalid unless `extra` says otherwise. */
const mutation =
  (method: "POST" | "PATCH") =>
  (name: string, body: string, extra: Partial<HostileCase> = {}): HostileCase => ({
    name,
    method,
    path: "/api/images",
    headers: JSON_HEADERS,
    body,
    status: 400,
    code: "invalid_request",
    ...extra,
  });

const post = mutation("POST");
const patch = mutation("PATCH");

const addOne = (image: Record<string, unknown>) => json({ images: [{ ...VALID_IMAGE, ...image }] });
const editOne = (item: Record<string, unknown>) =>
  json({ images: [{ guid: SEEDED_GUID, ...item }] });

/** Query strings that must be refused with a field error naming `field` (numbers are decimal only). */
export const STRICT_QUERY: { name: string; query: string; field: string }[] = [
  { name: "hexadecimal per_page", query: "per_page=0x10", field: "per_page" },
  { name: "exponent per_page", query: "per_page=1e1", field: "per_page" },
  { name: "per_page with a leading space", query: "per_page=%205", field: "per_page" },
  { name: "per_page with a trailing space", query: "per_page=5%20", field: "per_page" },
  { name: "per_page with a decimal point", query: "per_page=5.0", field: "per_page" },
  { name: "per_page with a plus sign", query: "per_page=%2B5", field: "per_page" },
  { name: "binary page", query: "page=0b11", field: "page" },
  { name: "octal page", query: "page=0o7", field: "page" },
  { name: "Infinity page", query: "page=Infinity", field: "page" },
  { name: "page with digits from another script", query: "page=%D9%A3", field: "page" },
  { name: "only commas in guids", query: "guids=,,,", field: "guids" },
  { name: "trailing comma in guids", query: `guids=${SEEDED_GUID},`, field: "guids" },
  { name: "empty guid between two", query: `guids=${SEEDED_GUID},,${SEEDED_GUID}`, field: "guids" },
];

/** Sent as staff (allowed to add and edit), so only the input decides the answer. */
export const HOSTILE: HostileCase[] = [
  ...STRICT_QUERY.map((c) => get(c.name, c.query)),
  // Query strings
  get("per_page 1000", "per_page=1000"),
  get("per_page 0", "per_page=0"),
  get("per_page 51", "per_page=51"),
  get("per_page in exponent form", "per_page=1e3"),
  get("page 0", "page=0"),
  get("negative page", "page=-1"),
  get("page is text", "page=abc"),
  get("fractional page", "page=1.5"),
  get("huge page", "page=99999999999"),
  get("unknown sort field", "sort=price"),
  get("SQL in sort", `sort=${encodeURIComponent("title; DROP TABLE images--")}`),
  get("unknown direction", "dir=sideways"),
  get("impossible month", "from=2025-13-01"),
  get("impossible day", "to=2025-02-30"),
  get("date in words", "from=yesterday"),
  get("from after to", "from=2025-05-02&to=2025-05-01"),
  get("active is not a boolean", "active=yes"),
  get("products is not a boolean", "products=maybe"),
  get("unknown library", "library=gallery"),
  get("guid list with junk", "guids=not-a-guid"),
  get("SQL in guids", `guids=${encodeURIComponent("' OR 1=1 --")}`),
  get("NUL in search", "q=a%00b"),
  get("newline in search", "q=a%0Ab"),
  get("search over 200 characters", `q=${"x".repeat(201)}`),
  // Bodies and headers
  post("malformed JSON", '{"images": [{"file_name": '),
  post("empty body", ""),
  post("JSON null", "null"),
  post("top-level array", json([VALID_IMAGE])),
  post("images is a string", json({ images: "all of them" })),
  post("no images", json({ images: [] })),
  post("51 images", json({ images: Array.from({ length: 51 }, () => VALID_IMAGE) })),
  post(
    "missing file_name",
    json({ images: [{ private_hires_uri: VALID_IMAGE.private_hires_uri }] }),
  ),
  post("javascript: URL", addOne({ private_hires_uri: "javascript:alert(document.cookie)" })),
  post("data: URL", addOne({ public_thumbnail_uri: "data:text/html,<script>alert(1)</script>" })),
  post("protocol-relative URL", addOne({ public_preview_uri: "//evil.example/x.jpg" })),
  post(
    "URL over 2000 characters",
    addOne({ private_hires_uri: `https://x.example/${"a".repeat(2000)}` }),
  ),
  post("path in file_name", addOne({ file_name: "../../etc/passwd" })),
  post("control character in title", addOne({ title: "bad\u0007bell" })),
  post("title over 200 characters", addOne({ title: "x".repeat(201) })),
  post("description over 2000 characters", addOne({ description: "x".repeat(2001) })),
  post("negative pix_w", addOne({ pix_w: -1 })),
  post("pix_h over 100000", addOne({ pix_h: 100_001 })),
  post("pix_w as a string", addOne({ pix_w: "1200" })),
  post("fractional file_size", addOne({ file_size: 1.5 })),
  post("negative file_size", addOne({ file_size: -5 })),
  post("title as an object", addOne({ title: { $ne: null } })),
  post("__proto__ at the top", `{"images":[${json(VALID_IMAGE)}],"__proto__":{"isAdmin":true}}`),
  post(
    "__proto__ inside an image",
    `{"images":[{"__proto__":{"isAdmin":true},${json(VALID_IMAGE).slice(1)}]}`,
  ),
  post(
    "constructor.prototype key",
    json({ images: [VALID_IMAGE], constructor: { prototype: { isAdmin: true } } }),
  ),
  post("unknown library", json({ images: [VALID_IMAGE], library: "gallery" })),
  post(
    "3 MB body",
    json({ images: [{ ...VALID_IMAGE, description: "x".repeat(3 * 1024 * 1024) }] }),
    {
      status: 413,
      code: "payload_too_large",
    },
  ),
  post("text/plain body", json({ images: [VALID_IMAGE] }), {
    headers: { "content-type": "text/plain" },
    status: 415,
    code: "unsupported_media_type",
  }),
  post("form-encoded body", "images=1", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    code: "unsupported_media_type",
  }),
  post("bad Idempotency-Key", json({ images: [VALID_IMAGE] }), {
    headers: { ...JSON_HEADERS, "idempotency-key": "has spaces in it" },
  }),
  post("another site's Origin", json({ images: [VALID_IMAGE] }), {
    headers: { ...JSON_HEADERS, origin: "https://evil.example" },
    status: 403,
    code: "forbidden",
  }),
  patch("SQL in guid", json({ images: [{ guid: "1' OR '1'='1", title: "x" }] })),
  patch("empty title", editOne({ title: "" })),
  patch("neither title nor description", editOne({})),
  patch(
    "201 images",
    json({
      images: Array.from({ length: 201 }, (_, n) => ({
        guid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        title: "x",
      })),
    }),
  ),
  patch(
    "the same guid twice",
    json({
      images: [
        { guid: SEEDED_GUID, title: "a" },
        { guid: SEEDED_GUID, title: "b" },
      ],
    }),
  ),
  patch("expected of the wrong type", editOne({ title: "x", expected: "old" })),
  patch("description with NUL", editOne({ description: "a\u0000b" })),
  patch("Origin null", editOne({ title: "x" }), {
    headers: { ...JSON_HEADERS, origin: "null" },
    status: 403,
    code: "forbidden",
  }),
];
