// The behaviour every RevokedSessionStore must have, on real time (see login-throttle.behaviour).
import { describe, expect, it } from "vitest";
import type { RevokedSessionStore } from "./revoked-sessions";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;
const freshId = () => `sid:${process.pid}-${Date.now()}-${counter++}`;

export function revokedSessionStoreBehaviour(
  name: string,
  make: () => RevokedSessionStore | Promise<RevokedSessionStore>,
): void {
  describe(`${name}: revoked session store`, () => {
    it("revokes an id until the given time, and only that id", async () => {
      const store = await make();
      const [id, other] = [freshId(), freshId()];
      await store.revoke(id, Date.now() + 250);
      expect(await store.isRevoked(id)).toBe(true);
      expect(await store.isRevoked(other)).toBe(false);
      await sleep(300);
      expect(await store.isRevoked(id)).toBe(false);
    });

    it("keeps the later of two revocation dates", async () => {
      const store = await make();
      const id = freshId();
      await store.revoke(id, Date.now() + 400);
      await store.revoke(id, Date.now() + 100);
      await sleep(200);
      expect(await store.isRevoked(id)).toBe(true);
      await store.revoke(id, Date.now() + 10_000);
      await sleep(300);
      expect(await store.isRevoked(id)).toBe(true);
    });

    it("ignores a revocation that has already run out", async () => {
      const store = await make();
      const id = freshId();
      await store.revoke(id, Date.now() - 1);
      expect(await store.isRevoked(id)).toBe(false);
    });
  });
}
