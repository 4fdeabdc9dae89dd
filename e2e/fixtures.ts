import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { E2E_EMULATOR_ORIGIN } from "./ports";

export type Role = "artist" | "staff" | "admin";

export interface FaultSpec {
  endpoint: "list_images" | "add_images" | "update_images" | "test_my_credentials" | "*";
  kind: "latency" | "http_500" | "timeout" | "malformed_json" | "success_false";
  latency_ms?: number;
  skip?: number;
  times?: number;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  endpoint: string | null;
  body: unknown;
  status: number;
}

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
  async updateImage(
    guid: string,
    changes: { title?: string; description?: string; active?: boolean },
  ): Promise<void> {
    await this.call("PATCH", `images/${guid}`, changes);
  }
  async addImages(body: {
    library: "inventory" | "temporary";
    images: Record<string, unknown>[];
  }): Promise<unknown> {
    return this.call("POST", "images", body);
  }
}

export const test = base.extend<{ emulator: EmulatorControl }>({
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
