// Limits: the pages share the API's per-user request budget, and a FinerWorks read has one
// deadline, retries included.
import { startAppServer, signIn, type AppServer } from "./support/app-server";
import { SEEDED_GUID } from "../test/harness/fixtures/api-cases";
import { contextFor, type ErrorBody } from "./support/api-client";
import { expect, test } from "./support/fixtures";
import { saveScreenshot } from "./support/screens";

const upstreamCalls = async (emulator: { requests(): Promise<{ endpoint: string | null }[]> }) =>
  (await emulator.requests()).filter((r) => r.endpoint !== null);

test.describe("pages that call FinerWorks count against the user's request budget", () => {
  // One request a minute: the page sign-in lands on spends it, and nothing refills it in time.
  let server: AppServer;
  test.beforeAll(async ({ stack }) => {
    server = await startAppServer(stack.emulatorPort, { RATE_LIMIT_PER_MINUTE: "1" });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("over budget, each page shows the wait and makes no upstream call", async ({
    page,
    emulator,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, server.baseURL, "admin");
    await emulator.clearRequests();

    for (const path of ["/images?per_page=12", `/images/${SEEDED_GUID}`, "/admin"]) {
      await page.goto(`${server.baseURL}${path}`);
      const alert = page.getByRole("alert").filter({ hasText: "Too many requests" });
      await expect(alert).toContainText(/Too many requests\. Try again in \d+ s\./);
      await expect(alert.getByRole("link", { name: "Try again" })).toHaveAttribute("href", path);
    }
    const api = await page.request.get(`${server.baseURL}/api/images?per_page=2`);
    expect(api.status()).toBe(429);
    expect(Number(api.headers()["retry-after"])).toBeGreaterThan(0);
    expect(((await api.json()) as ErrorBody).error.message).toMatch(/^Too many requests\./);

    expect(await upstreamCalls(emulator)).toEqual([]);

    await page.goto(`${server.baseURL}/images?per_page=12`);
    for (const viewport of [
      { name: "desktop", width: 1440, height: 900 },
      { name: "phone", width: 390, height: 844 },
    ]) {
      for (const scheme of ["light", "dark"] as const) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await saveScreenshot(
          page,
          `images-rate-limited${scheme === "dark" ? "-dark" : ""}-${viewport.name}`,
        );
      }
    }
    expect(await upstreamCalls(emulator)).toEqual([]);
  });
});

test.describe("a FinerWorks read has one deadline (FINERWORKS_TIMEOUT_MS=4000 here)", () => {
  const TIMEOUT_MS = 4_000;
  const MARGIN_MS = 750;
  const cases = [
    {
      name: "a list that never answers",
      faults: [{ kind: "latency", latency_ms: 20_000 }],
      attempts: 1,
    },
    {
      // 1.5 s + 0.2 s backoff + 1.5 s + 0.4 s backoff: the third attempt gets the last 0.4 s.
      name: "a list whose every attempt fails slowly",
      faults: [{ kind: "latency", latency_ms: 1_500 }, { kind: "http_500" }],
      attempts: 3,
    },
  ] as const;

  for (const c of cases) {
    test(`${c.name} answers 504 within the deadline`, async ({ playwright, baseURL, emulator }) => {
      const request = await contextFor(playwright, baseURL!, "artist");
      await emulator.clearRequests();
      for (const fault of c.faults) await emulator.setFault({ endpoint: "list_images", ...fault });
      const started = Date.now();
      const response = await request.get("/api/images?per_page=2");
      const elapsed = Date.now() - started;
      console.log(`${c.name}: ${response.status()} after ${elapsed} ms`);
      expect(response.status()).toBe(504);
      expect(((await response.json()) as ErrorBody).error.code).toBe("upstream_timeout");
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
      expect(await upstreamCalls(emulator)).toHaveLength(c.attempts);
      await request.dispose();
    });
  }
});
