// The suite's `test`: every worker runs its own stack (emulator + app, stack.ts) and points the
// browser, `request` and the emulator control at it; every page fails its test on a CSP violation.
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import type { z } from "zod";
import type { ImageDetails } from "../../lib/schemas/finerworks";
import type { insertImagesBody, patchImageBody } from "../../emulator/routes/control-images";
import type { FaultSpec, LoggedRequest } from "../../emulator/types";
import type { Role } from "../../test/harness/fixtures/users";
import { startStack, type Stack } from "./stack";

export type { FaultSpec, LoggedRequest, Role, Stack };

/** Drives a worker's emulator through its loopback-only control endpoints. */
export class EmulatorControl {
  constructor(
    private readonly request: APIRequestContext,
    private readonly origin: string,
  ) {}

  private async call(method: string, path: string, data?: unknown): Promise<unknown> {
    const response = await this.request.fetch(`${this.origin}/__emulator/${path}`, {
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

export const test = base.extend<{ emulator: EmulatorControl }, { stack: Stack }>({
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use, workerInfo) => {
      const stack = await startStack(workerInfo.parallelIndex);
      await use(stack);
      await stack.stop();
    },
    { scope: "worker", timeout: 180_000 },
  ],
  // The browser, `request` and relative URLs go to this worker's app.
  baseURL: async ({ stack }, use) => {
    await use(stack.baseURL);
  },
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
  emulator: async ({ playwright, stack }, use) => {
    const request = await playwright.request.newContext();
    const control = new EmulatorControl(request, stack.emulatorOrigin);
    await use(control);
    // Faults never leak from one test into the next.
    await control.clearFaults().catch(() => undefined);
    await request.dispose();
  },
});

export { expect };

/** The sign-in the setup project saved for `role` (valid on every worker's app: one secret). */
export function storageStateFor(role: Role): string {
  return `e2e/.auth/${role}.json`;
}

/** Puts a worker's emulator back to its seed after a spec file that changed it. */
export function resetEmulatorAfterAll(): void {
  test.afterAll(async ({ playwright, stack }) => {
    const request = await playwright.request.newContext();
    await new EmulatorControl(request, stack.emulatorOrigin).reset();
    await request.dispose();
  });
}
