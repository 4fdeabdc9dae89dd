import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import type { z } from "zod";
import type { ImageDetails } from "../lib/schemas/finerworks";
import type { insertImagesBody, patchImageBody } from "../emulator/routes/control-images";
import type { FaultSpec, LoggedRequest } from "../emulator/types";
import { E2E_EMULATOR_ORIGIN } from "./ports";

export type Role = "artist" | "staff" | "admin";

export type { FaultSpec, LoggedRequest };

/** Drives the e2e emulator's loopback-only control endpoints. */
export class EmulatorControl {
  constructor(private readonly request: APIRequestContext) {}

  private async call(method: string, path: string, data?: unknown): Promise<unknown> {
    const response = await this.request.fetch(`${E2E_EMULATOR_ORIGIN}/__emulator/${path}`, {
      method,
      data,
    });
    if (!response.ok())
      throw new Error(
        `emulator control ${method} ${path} answered ${response.status()}: ${await response.text()}`,
      );
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await this.call("GET", "requests")) as LoggedRequest[];
  }
  async clearRequests(): Promise<void> {
    await this.call("DELETE", "requests");
  }
  async setFault(fault: FaultSpec): Promise<void> {
    await this.call("POST", "faults", fault);
  }
  async clearFaults(): Promise<void> {
    await this.call("DELETE", "faults");
  }
  async reset(): Promise<void> {
    await this.call("POST", "reset");
  }
  async updateImage(guid: string, changes: z.input<typeof patchImageBody>): Promise<void> {
    await this.call("PATCH", `images/${guid}`, changes);
  }
  async addImages(body: z.input<typeof insertImagesBody>): Promise<{ images: ImageDetails[] }> {
    return (await this.call("POST", "images", body)) as { images: ImageDetails[] };
  }
}

/** Chromium reports each Content-Security-Policy violation as a console error. */
export const isCspViolation = (text: string) =>
  /Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(text);

export const test = base.extend<{ emulator: EmulatorControl }>({
  // Every page a spec opens through the built-in context fails the test on a CSP violation, so
  // the whole suite shows the headers break nothing the app does.
  context: async ({ context }, use) => {
    const violations: string[] = [];
    context.on("console", (message) => {
      if (message.type() === "error" && isCspViolation(message.text()))
        violations.push(message.text());
    });
    await use(context);
    expect(violations, "CSP violations in the browser console").toEqual([]);
  },
  emulator: async ({ playwright }, use) => {
    const request = await playwright.request.newContext();
    const control = new EmulatorControl(request);
    await use(control);
    // Faults never leak from one test into the next.
    await control.clearFaults().catch(() => undefined);
    await request.dispose();
  },
});

export { expect };

export function storageStateFor(role: Role): string {
  return `e2e/.auth/${role}.json`;
}

/** Saves a full-page screenshot to e2e/screenshots/<name>.png for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync("e2e/screenshots", { recursive: true });
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
