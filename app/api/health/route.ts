import { json, withApi } from "@/lib/server/api/handler";
import { checkHealth } from "@/lib/server/health";
import { otherMethods } from "@/lib/server/api/method-not-allowed";

// GET /api/health - which FinerWorks the app talks to, and whether the keys work
export const GET = withApi({ route: "GET /api/health", action: "browse" }, async () =>
  json(await checkHealth()),
);

const { notAllowed, options } = otherMethods("GET");
export {
  notAllowed as POST,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
  options as OPTIONS,
};
