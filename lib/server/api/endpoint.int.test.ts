// One definition per endpoint: what a page prefetches in process is exactly what its route
// answers over HTTP, under the key the browser reads (a plain and a paged endpoint).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { activityFeedOptions } from "@/lib/queries/history";
import { imageListOptions } from "@/lib/queries/images";
import { makeQueryClient } from "@/lib/queries/query-client";
import { activityEndpoint } from "@/lib/server/history/endpoints";
import { imageListEndpoint } from "@/lib/server/images/endpoints";
import { startAppEmulator, type RunningEmulator } from "@/test/harness/emulator";
import { USERS } from "@/test/harness/fixtures/users";
import { callRoute } from "@/test/harness/route";
import { useTestStore } from "@/test/harness/store";
import * as activityRoute from "@/app/api/activity/route";
import * as imagesRoute from "@/app/api/images/route";
import { prefetchEndpoint, prefetchFirstPage } from "./endpoint";

let emulator: RunningEmulator;
let closeStore: () => Promise<void>;
beforeAll(async () => {
  emulator = await startAppEmulator();
  ({ close: closeStore } = await useTestStore("sqlite"));
});
afterAll(async () => {
  await closeStore();
  await emulator.close();
});

describe("a page's prefetch and its route", () => {
  it("answer the same page of images, under the grid's own key", async () => {
    const query = imageQuerySchema.parse({ per_page: "12", sort: "title", dir: "asc", q: "a" });
    const queryClient = makeQueryClient();
    await prefetchEndpoint(queryClient, imageListEndpoint, query, USERS.artist);
    const prefetched = queryClient.getQueryData(imageListOptions(query).queryKey);

    const url = imageListEndpoint.resource.url(query);
    const answer = await callRoute(imagesRoute.GET, "artist", { method: "GET", path: url });
    expect(answer.status).toBe(200);
    expect(prefetched).toEqual(answer.json);
    expect(url).toBe("/api/images?per_page=12&sort=title&dir=asc&q=a");
  });

  it("answer the same first page of a paged feed, under the feed's own key", async () => {
    const filters = { actor: "staff@example.com" };
    const queryClient = makeQueryClient();
    await prefetchFirstPage(queryClient, activityEndpoint, filters, USERS.admin);
    const prefetched = queryClient.getQueryData(activityFeedOptions(filters).queryKey);

    const answer = await callRoute(activityRoute.GET, "admin", {
      method: "GET",
      path: "/api/activity?actor=staff%40example.com",
    });
    expect(answer.status).toBe(200);
    expect(prefetched).toEqual({ pages: [answer.json], pageParams: [""] });
  });

  it("refuse a query the route refuses: nothing is cached, the browser shows the 400", async () => {
    const queryClient = makeQueryClient();
    await prefetchFirstPage(queryClient, activityEndpoint, { limit: "0" }, USERS.admin);
    expect(queryClient.getQueryData(activityFeedOptions({ limit: "0" }).queryKey)).toBeUndefined();
    const answer = await callRoute(activityRoute.GET, "admin", {
      method: "GET",
      path: "/api/activity?limit=0",
    });
    expect(answer.status).toBe(400);
  });
});
