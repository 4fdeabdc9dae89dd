import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, resetEmulatorAfterAll } from "../support/fixtures";
import { HOSTILE, MATRIX } from "../../test/harness/fixtures/api-cases";
import { contextFor, send } from "../support/api-client";

resetEmulatorAfterAll();

// The sign-in secret the app under test made for itself (emulator mode, no NEXTAUTH_SECRET).
const secretFile = process.env.AUTH_SECRET_FILE ?? "data/auth-secret";
const emulatorSecret = existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : "";

// The configured key values must appear nowhere a browser or a log reader can see them.
const SECRETS = [
  process.env.EMULATOR_WEB_API_KEY ?? "emulator-web-api-key",
  process.env.EMULATOR_APP_KEY ?? "emulator-app-key",
  process.env.NEXTAUTH_SECRET ?? emulatorSecret,
].filter((s) => s.length >= 8);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaks(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

test("no key in the client build output", () => {
  const files = filesUnder(".next/static");
  expect(files.length).toBeGreaterThan(10);
  const found = files.filter((f) => leaks(readFileSync(f, "latin1")).length > 0);
  expect(found).toEqual([]);
});

test("no key in any response body, page or API, for any caller", async ({
  page,
  playwright,
  baseURL,
  emulator,
}) => {
  const bodies: string[] = [];
  for (const caller of ["anonymous", "artist", "staff", "admin"] as const) {
    const request = await contextFor(playwright, baseURL!, caller);
    for (const path of [
      "/login",
      "/images",
      "/admin",
      "/api/auth/session",
      "/api/auth/providers",
      "/api/auth/csrf",
      "/api/health",
      "/api/images?per_page=5",
    ]) {
      bodies.push(await (await request.get(path)).text());
    }
    for (const call of [...MATRIX, ...HOSTILE.slice(0, 10)])
      bodies.push(await (await send(request, call)).text());
    await request.dispose();
  }
  for (const kind of ["http_500", "malformed_json", "success_false"] as const) {
    await emulator.setFault({ endpoint: "*", kind });
    const request = await contextFor(playwright, baseURL!, "admin");
    bodies.push(
      await (await request.get("/api/images")).text(),
      await (await request.get("/api/health")).text(),
      await (await request.get("/admin")).text(),
    );
    await request.dispose();
    await emulator.clearFaults();
  }
  // And everything a browser downloads while an admin looks around.
  page.on("response", (response) => {
    void response.text().then(
      (t) => bodies.push(t),
      () => undefined,
    );
  });
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/images/);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Health" })).toBeVisible();

  expect(bodies.length).toBeGreaterThan(50);
  expect(bodies.flatMap(leaks)).toEqual([]);
});

test("no key in the server log", async ({ request, stack }) => {
  // A request of its own: the worker's server may not have answered any API call yet.
  await request.get("/api/images?per_page=1");
  await expect.poll(() => stack.appOutput()).toContain('"event":"api.request"');
  expect(leaks(stack.appOutput())).toEqual([]);
});
