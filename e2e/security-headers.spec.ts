// Security headers on every kind of response, and no CSP violation while using the main pages.
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, isCspViolation, storageStateFor, test } from "./support/fixtures";
import { gotoLibrary, PRODUCTS_BADGE } from "./support/library";

interface Route {
  name: string;
  who: "anonymous" | "admin";
  path: string;
  method?: "GET" | "POST";
  status: number;
  page: boolean;
  headers?: Record<string, string>;
}

/** Checks the headers every response must carry; returns the page CSP's nonce, if any. */
function expectSecurityHeaders(res: APIResponse, route: Route): string | undefined {
  const headers = res.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ])
    expect(csp, `${route.name}: CSP ${directive}`).toContain(directive);
  expect(headers["x-content-type-options"], route.name).toBe("nosniff");
  expect(headers["referrer-policy"], route.name).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(headers["permissions-policy"], route.name).toContain(`${feature}=()`);
  // Served over plain http, and X-Forwarded-Proto is not believed without TRUST_PROXY.
  expect(headers["strict-transport-security"], route.name).toBeUndefined();
  if (!route.page) {
    expect(csp, route.name).toContain("default-src 'none'");
    return undefined;
  }
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp)?.[1];
  expect(nonce, `${route.name}: nonce-based script-src`).toBeDefined();
  expect(csp, route.name).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  return nonce;
}

test.describe("security headers", () => {
  let admin: APIRequestContext;
  let anonymous: APIRequestContext;
  let guid = "";
  let mediaPath = "";

  test.beforeAll(async ({ playwright, stack }) => {
    admin = await playwright.request.newContext({
      baseURL: stack.baseURL,
      storageState: storageStateFor("admin"),
    });
    anonymous = await playwright.request.newContext({ baseURL: stack.baseURL });
    const list = (await (await admin.get("/api/images?per_page=1")).json()) as {
      images: { guid: string }[];
    };
    guid = list.images[0]!.guid;
    const upload = await admin.post("/api/uploads?name=headers.png", {
      data: await sharp({
        create: { width: 40, height: 30, channels: 3, background: "#2f6fe4" },
      })
        .png()
        .toBuffer(),
      headers: { "content-type": "image/png" },
    });
    expect(upload.status()).toBe(201);
    const stored = (await upload.json()) as { public_thumbnail_uri: string };
    mediaPath = new URL(stored.public_thumbnail_uri).pathname;
  });
  test.afterAll(async () => {
    await admin.dispose();
    await anonymous.dispose();
  });

  test("are on pages, redirects, API answers, media files, 400s and 404s", async () => {
    const routes: Route[] = [
      { name: "sign-in page", who: "anonymous", path: "/login", status: 200, page: true },
      { name: "sign-in redirect", who: "anonymous", path: "/images", status: 307, page: true },
      { name: "library", who: "admin", path: "/images", status: 200, page: true },
      { name: "image page", who: "admin", path: `/images/${guid}`, status: 200, page: true },
      { name: "add images", who: "admin", path: "/images/new", status: 200, page: true },
      { name: "admin", who: "admin", path: "/admin", status: 200, page: true },
      { name: "page 404", who: "admin", path: "/no-such-page", status: 404, page: true },
      { name: "page 400", who: "anonymous", path: "/images/%E0%A4%A", status: 400, page: true },
      { name: "API list", who: "admin", path: "/api/images?per_page=1", status: 200, page: false },
      { name: "API 401", who: "anonymous", path: "/api/health", status: 401, page: false },
      { name: "API 404", who: "anonymous", path: "/api/no-such-route", status: 404, page: false },
      { name: "API 404 signed in", who: "admin", path: "/api/images/x", status: 404, page: false },
      {
        name: "API mutation 400",
        who: "admin",
        path: "/api/images",
        method: "POST",
        status: 400,
        page: false,
        headers: { "content-type": "application/json" },
      },
      {
        name: "next-auth session",
        who: "anonymous",
        path: "/api/auth/session",
        status: 200,
        page: false,
      },
      { name: "media file", who: "anonymous", path: mediaPath, status: 200, page: false },
      {
        name: "media 404",
        who: "anonymous",
        path: "/media/uploads/none.png",
        status: 404,
        page: false,
      },
      { name: "media 400", who: "anonymous", path: "/media/%", status: 400, page: false },
    ];
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const nonces = new Set<string>();
    for (const route of routes) {
      const res = await (route.who === "admin" ? admin : anonymous).fetch(route.path, {
        method: route.method ?? "GET",
        headers: { "x-forwarded-proto": "https", ...route.headers },
        maxRedirects: 0,
      });
      expect(res.status(), route.name).toBe(route.status);
      const nonce = expectSecurityHeaders(res, route);
      if (nonce) nonces.add(nonce);
    }
    // A fresh nonce per page response.
    expect(nonces.size).toBe(routes.filter((r) => r.page).length);
  });
});

/** Records securitypolicyviolation events in the page (beside the console check of fixtures.ts). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (isCspViolation(message.text())) console.push(message.text());
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
  ];
}

test.describe("no CSP violations", () => {
  test("signing in through the form", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/login");
    await page.getByRole("button", { name: "Fill in staff" }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/images$/);
    expect(await violations()).toEqual([]);
  });

  test.describe("on the main pages, as admin", () => {
    test.use({ storageState: storageStateFor("admin") });

    test("library grid and list, products, image page, add images, admin, 404", async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      await gotoLibrary(page, "?per_page=12");
      await expect(page.locator("img").first()).toBeVisible();
      await page.getByRole("button", { name: PRODUCTS_BADGE }).first().click();
      await expect(page.getByRole("dialog", { name: /^Products of / })).toBeVisible();
      expect(await violations()).toEqual([]);
      await page.keyboard.press("Escape");

      await gotoLibrary(page, "?per_page=12&view=list");
      await page.getByRole("table").locator("tbody a").first().click();
      await expect(page).toHaveURL(/\/images\/[0-9a-f-]{36}/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations()).toEqual([]);

      await page.goto("/images/new");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.goto("/admin");
      await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
      const missing = await page.goto("/no-such-page");
      expect(missing?.status()).toBe(404);
      expect(await violations()).toEqual([]);
    });
  });
});
