// /api/saved-views on both engines: each user sees and changes only their own views, names are
// unique per user, and a search that is not a valid library query is refused and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { SavedView } from "@/lib/schemas/views";
import { resetServerConfigForTests } from "@/lib/server/config";
import { setStoresForTests } from "@/lib/server/stores";
import { callRoute, useTestStore, USERS, type Caller } from "@/test/route-harness";
import { ENGINES } from "@/test/store-engines";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/server/auth/session", () => ({
  getSessionUser: () => Promise.resolve(session.user),
}));

const route = await import("./route");
type Json = SavedView & { views: SavedView[] } & ApiErrorBody;
const as = (caller: Caller) => {
  session.user = caller === "anonymous" ? null : USERS[caller];
};
const list = () => callRoute<Json>(route.GET, "GET", "/api/saved-views");
const create = (body: unknown) => callRoute<Json>(route.POST, "POST", "/api/saved-views", body);

beforeAll(() => {
  Object.assign(process.env, { LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
  resetServerConfigForTests();
});
beforeEach(() => setStoresForTests(undefined));

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`saved views on ${engine}`, () => {
    let close: () => Promise<void>;
    beforeAll(async () => {
      close = (await useTestStore(engine)).close;
    });
    afterAll(() => close());

    it("saves a canonical query per user, renames and deletes it", async () => {
      as("artist");
      const saved = await create({ name: " Harbour ", search: "?dir=asc&q=harbour&page=3" });
      expect(saved.status).toBe(201);
      expect(saved.json).toMatchObject({ name: "Harbour", search: "dir=asc&q=harbour" });
      expect((await create({ name: "Harbour", search: "" })).status).toBe(409);

      as("staff");
      expect((await list()).json.views).toEqual([]);
      const theirs = { id: saved.json.id, name: "Mine now" };
      expect((await callRoute(route.PATCH, "PATCH", "/api/saved-views", theirs)).status).toBe(404);
      expect(
        (await callRoute(route.DELETE, "DELETE", "/api/saved-views", { id: saved.json.id })).status,
      ).toBe(404);

      as("artist");
      const renamed = await callRoute<Json>(route.PATCH, "PATCH", "/api/saved-views", {
        id: saved.json.id,
        name: "Harbours",
      });
      expect(renamed.json).toMatchObject({ name: "Harbours", search: "dir=asc&q=harbour" });
      expect((await list()).json.views.map((v) => v.name)).toEqual(["Harbours"]);
      const gone = await callRoute(route.DELETE, "DELETE", "/api/saved-views", {
        id: saved.json.id,
      });
      expect(gone.status).toBe(200);
      expect((await list()).json.views).toEqual([]);
    });

    it.each([
      [{ name: "", search: "" }, "name"],
      [{ name: "x\u0007", search: "" }, "name"],
      [{ name: "x".repeat(81), search: "" }, "name"],
      [{ name: "Bad sort", search: "sort=colour" }, "search"],
      [{ name: "Bad dates", search: "from=2025-02-01&to=2025-01-01" }, "search"],
      [{ name: "Extra", search: "", owner_email: "someone@example.com" }, undefined],
    ])("refuses %o with 400 and saves nothing", async (body, field) => {
      as("artist");
      const answer = await create(body);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe("invalid_request");
      if (field) expect(Object.keys(answer.json.error.fields ?? {})).toContain(field);
      expect((await list()).json.views).toEqual([]);
    });

    it("asks who is calling", async () => {
      as("anonymous");
      expect((await list()).status).toBe(401);
    });
  });
}
