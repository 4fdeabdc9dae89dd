// Two `next start` instances on one PostgreSQL and one Redis behave as one (issue 12 §4), and
// with Redis stopped sign-in and changes fail closed with 503 while the library still reads
// (issue 12, faults).
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { signIn as signInPage, startAppServer, type AppServer } from "./support/app-server";
import { SEEDED_GUID, VALID_IMAGE } from "../test/harness/fixtures/api-cases";
import type { ActivityPage } from "../lib/schemas/activity";
import type { ErrorBody } from "./support/api-client";
import { expect, test } from "./support/fixtures";
import {
  createPostgresDatabase,
  postgresAvailable,
  type PostgresDatabase,
} from "./support/postgres-server";
import { redisServerInstalled, startRedisServer, type RedisServer } from "./support/redis-server";

// A sequence: both instances, their PostgreSQL and their Redis are started once for the file,
// the tests change what they share (a locked account, a spent budget), and the last one stops
// Redis under them.
test.describe.configure({ mode: "serial" });
const missing = [
  ...(redisServerInstalled() ? [] : ["redis-server"]),
  ...(postgresAvailable() ? [] : ["postgresql"]),
];
test.skip(
  missing.length > 0,
  `skipped: install ${missing.join(" and ")} (Debian: apt-get install ${missing.join(" ")})`,
);

const RATE_LIMIT = 12;
let database: PostgresDatabase;
let redis: RedisServer;
let a: AppServer;
let b: AppServer;

test.beforeAll(async ({ stack }) => {
  test.setTimeout(120_000);
  [database, redis] = await Promise.all([createPostgresDatabase(), startRedisServer()]);
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    SIGN_IN_ATTEMPTS_PER_MINUTE: "100",
  };
  // Started together: both run the store's migrations at once, under its lock.
  [a, b] = await Promise.all([
    startAppServer(stack.emulatorPort, env),
    startAppServer(stack.emulatorPort, env),
  ]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([redis?.stop(), database?.stop()]);
});

interface SignInAnswer {
  status: number;
  error: string | null;
  body: unknown;
}

/** Signs in the way next-auth's signIn() does (csrf token, then the credentials callback). */
async function signIn(
  request: APIRequestContext,
  server: AppServer,
  email: string,
  password = "demo-password",
): Promise<SignInAnswer> {
  const { csrfToken } = (await (await request.get(`${server.baseURL}/api/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const response = await request.post(`${server.baseURL}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: "/images", json: "true" },
    maxRedirects: 0,
  });
  const body = (await response.json()) as { url?: string };
  const error = body.url ? new URL(body.url).searchParams.get("error") : null;
  return { status: response.status(), error, body };
}

async function signedIn(
  playwright: { request: { newContext(): Promise<APIRequestContext> } },
  server: AppServer,
  email: string,
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext();
  expect((await signIn(request, server, email)).error).toBeNull();
  return request;
}

const addCalls = (log: { endpoint: string | null }[]) =>
  log.filter((r) => r.endpoint === "add_images");

test("5 failed sign-ins spread over both instances lock the account", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const email = "artist@example.com";
  for (const server of [a, b, a, b, a]) {
    const answer = await signIn(request, server, email, "wrong-password");
    expect(answer.error).toMatch(/^(CredentialsSignin|AccountLocked)$/);
  }
  for (const server of [b, a]) {
    expect((await signIn(request, server, email)).error).toBe("AccountLocked");
  }
  await request.dispose();
});

test("an Idempotency-Key replayed on the other instance returns the first answer, with one add_images", async ({
  playwright,
  emulator,
}) => {
  const request = await signedIn(playwright, a, "staff@example.com");
  await emulator.clearRequests();
  const data = {
    images: [{ ...VALID_IMAGE, file_name: "two-instances.jpg" }],
    library: "temporary",
  };
  const headers = { "idempotency-key": `two-instances-${Date.now()}` };
  const first = await request.post(`${a.baseURL}/api/images`, { data, headers });
  expect(first.status()).toBe(201);
  const replay = await request.post(`${b.baseURL}/api/images`, { data, headers });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await first.json());
  expect(addCalls(await emulator.requests())).toHaveLength(1);

  // In flight: the replay reaches B while A still waits for FinerWorks; B waits for A's answer.
  await emulator.clearRequests();
  await emulator.setFault({ endpoint: "add_images", kind: "latency", latency_ms: 1_500 });
  const slowHeaders = { "idempotency-key": `in-flight-${Date.now()}` };
  const slow = request.post(`${a.baseURL}/api/images`, { data, headers: slowHeaders });
  // A's add_images has reached FinerWorks (the emulator logs a call as it arrives).
  await expect.poll(async () => addCalls(await emulator.requests())).toHaveLength(1);
  const during = await request.post(`${b.baseURL}/api/images`, { data, headers: slowHeaders });
  const original = await slow;
  expect([original.status(), during.status()]).toEqual([201, 201]);
  expect(await during.json()).toEqual(await original.json());
  expect(addCalls(await emulator.requests())).toHaveLength(1);
  await request.dispose();
});

test("a user's rate limit counts requests on both instances", async ({ playwright }) => {
  const request = await signedIn(playwright, a, "admin@example.com");
  const statuses: number[] = [];
  for (let i = 0; i < RATE_LIMIT + 2; i++) {
    const server = i % 2 === 0 ? a : b;
    statuses.push((await request.get(`${server.baseURL}/api/images?per_page=1`)).status());
  }
  // RATE_LIMIT a minute in all: each instance alone would have allowed every request.
  expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMIT);
  expect(statuses.slice(-2)).toEqual([429, 429]);
  await request.dispose();
});

test("an edit made on one instance is in the other's /activity at once (API and page), from PostgreSQL", async ({
  playwright,
  emulator,
  page,
}) => {
  const [image] = (
    await emulator.addImages({
      library: "temporary",
      images: [{ title: `Two instances ${Date.now()}`, file_name: "two-instances-edit.jpg" }],
    })
  ).images;
  const guid = image!.guid;
  const title = `Edited on A ${Date.now()}`;
  const request = await signedIn(playwright, a, "staff@example.com");
  const edit = await request.patch(`${a.baseURL}/api/images`, {
    data: { images: [{ guid, title }] },
  });
  expect(edit.status()).toBe(200);

  const feed = await request.get(`${b.baseURL}/api/activity?image=${guid}`);
  expect(feed.status()).toBe(200);
  const [entry] = ((await feed.json()) as ActivityPage).entries;
  expect(entry).toMatchObject({
    action: "image.update",
    outcome: "ok",
    image: { guid },
    before: { title: image!.title },
    after: { title },
  });
  // The row is in the shared PostgreSQL, not in a store of A's own.
  const client = new pg.Client(database.url);
  await client.connect();
  const rows = await client.query("select action from activity where image_guid = $1", [guid]);
  await client.end();
  expect(rows.rows).toEqual([{ action: "image.update" }]);

  // Rendered on the server: the entry is in the first HTML, on /activity and the image's History.
  const feedHtml = await (await request.get(`${b.baseURL}/activity?image=${guid}`)).text();
  expect(feedHtml).toContain(`href="/images/${guid}"`);
  const imageHtml = await (await request.get(`${b.baseURL}/images/${guid}`)).text();
  expect(imageHtml).toContain("Restore previous text");

  await signInPage(page, b.baseURL, "staff");
  await page.goto(`${b.baseURL}/activity?image=${guid}`);
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: image!.title }) });
  await expect(item).toContainText(/Sam Staff\s*Edited/);
  await expect(item.getByRole("insertion").filter({ hasText: "Edited" })).toBeVisible();
  await request.dispose();
});

test("a session signed out on one instance is refused by the other", async ({ playwright }) => {
  const request = await signedIn(playwright, a, "staff@example.com");
  expect((await request.get(`${b.baseURL}/api/images?per_page=1`)).status()).toBe(200);
  const { csrfToken } = (await (await request.get(`${a.baseURL}/api/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const cookies = await request.storageState();
  const signOut = await request.post(`${a.baseURL}/api/auth/signout`, {
    form: { csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(200);
  // Replay the cookie taken before sign-out: B must refuse it.
  const copy = await playwright.request.newContext({ storageState: cookies });
  expect((await copy.get(`${b.baseURL}/api/images?per_page=1`)).status()).toBe(401);
  await Promise.all([copy.dispose(), request.dispose()]);
});

test("Redis stopped: sign-in and changes answer 503 with no upstream call; reads go on", async ({
  playwright,
  emulator,
}) => {
  const request = await signedIn(playwright, b, "staff@example.com");
  await redis.stop();
  await emulator.clearRequests();

  const read = await request.get(`${b.baseURL}/api/images?per_page=2`);
  expect(read.status()).toBe(200);

  const changes = [
    request.patch(`${b.baseURL}/api/images`, {
      data: { images: [{ guid: SEEDED_GUID, title: "Never sent" }] },
    }),
    request.post(`${b.baseURL}/api/images`, {
      data: { images: [VALID_IMAGE], library: "temporary" },
      headers: { "idempotency-key": `down-${Date.now()}` },
    }),
    request.post(`${b.baseURL}/api/images`, {
      data: { images: [VALID_IMAGE], library: "temporary" },
    }),
  ];
  for (const response of await Promise.all(changes)) {
    expect(response.status()).toBe(503);
    expect(((await response.json()) as ErrorBody).error.code).toBe("unavailable");
  }
  const fresh = await playwright.request.newContext();
  const refused = await signIn(fresh, a, "admin@example.com");
  expect(refused.status).toBe(503);
  expect(refused.error).toBe("Unavailable");
  expect((refused.body as ErrorBody).error.code).toBe("unavailable");

  const upstream = (await emulator.requests()).map((r) => r.endpoint);
  expect(upstream.filter((e) => e === "add_images" || e === "update_images")).toEqual([]);
  expect(upstream).toContain("list_images");
  for (const server of [a, b]) {
    const lines = server.output().split("\n");
    expect(lines.filter((l) => l.includes('"event":"store.redis_unavailable"'))).toHaveLength(1);
  }
  await Promise.all([fresh.dispose(), request.dispose()]);
});
