// /api/saved-views on both engines: each user sees and changes only their own views, names are
// unique per user, and a search that is not a valid library query is refused and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import type { SavedView } from "@/lib/schemas/views";
import { resetServerConfigForTests } from "@/lib/server/config";
import { setStoresForTests } from "@/lib/server/stores";
import { callRoute } from "@/test/harness/route";
import type { Caller } from "@/test/harness/session";
import { ENGINES, useTestStore } from "@/test/harness/store";
import * as route from "./route";

type Json = SavedView & { views: SavedView[] } & ApiErrorBody;
const PATH = "/api/saved-views";
const list = (as: Caller) => callRoute<Json>(route.GET, as, { method: "GET", path: PATH });
const create = (as: Caller, body: unknown) =>
  callRoute<Json>(route.POST, as, { method: "POST", path: PATH, json: body });
const rename = (as: Caller, body: unknown) =>
  callRoute<Json>(route.PATCH, as, { method: "PATCH", path: PATH, json: body });
const remove = (as: Caller, body: unknown) =>
  callRoute<Json>(route.DELETE, as, { method: "DELETE", path: PATH, json: body });

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
      const saved = await create("artist", {
        name: " Harbour ",
        search: "?dir=asc&q=harbour&page=3",
      });
      expect(saved.status).toBe(201);
      expect(saved.json).toMatchObject({ name: "Harbour", search: "dir=asc&q=harbour" });
      expect((await create("artist", { name: "Harbour", search: "" })).status).toBe(409);

      expect((await list("staff")).json.views).toEqual([]);
      const theirs = { id: saved.json.id, name: "Mine now" };
      expect((await rename("staff", theirs)).status).toBe(404);
      expect((await remove("staff", { id: saved.json.id })).status).toBe(404);

      const renamed = await rename("artist", { id: saved.json.id, name: "Harbours" });
      expect(renamed.json).toMatchObject({ name: "Harbours", search: "dir=asc&q=harbour" });
      expect((await list("artist")).json.views.map((v) => v.name)).toEqual(["Harbours"]);
      const gone = await remove("artist", { id: saved.json.id });
      expect(gone.status).toBe(200);
      expect((await list("artist")).json.views).toEqual([]);
    });

    it.each([
      [{ name: "", search: "" }, "name"],
      [{ name: "x\u0007", search: "" }, "name"],
      [{ name: "x".repeat(81), search: "" }, "name"],
      [{ name: "Bad sort", search: "sort=colour" }, "search"],
      [{ name: "Bad dates", search: "from=2025-02-01&to=2025-01-01" }, "search"],
      [{ name: "Extra", search: "", owner_email: "someone@example.com" }, undefined],
    ])("refuses %o with 400 and saves nothing", async (body, field) => {
      const answer = await create("artist", body);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe("invalid_request");
      if (field) expect(Object.keys(answer.json.error.fields ?? {})).toContain(field);
      expect((await list("artist")).json.views).toEqual([]);
    });

    it("asks who is calling", async () => {
      expect((await list("anonymous")).status).toBe(401);
    });
  });
}
