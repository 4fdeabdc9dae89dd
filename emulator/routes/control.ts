// /__emulator/* - test controls (request log, faults, reset, data edits). Loopback callers only:
// they can rewrite the library, so they must never be reachable from another machine.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { EmulatorContext } from "../context";
import { faultSpecSchema } from "../faults";
import { isLoopbackAddress, parseJson, readBody, sendJson } from "../http-io";
import { toImageDetails } from "../wire";
import { insertImagesBody, patchImageBody, toNewImages } from "./control-images";

type Answer = { status: number; body: unknown };

const ok = (body: unknown = { ok: true }): Answer => ({ status: 200, body });
const problem = (status: number, message: string, details?: unknown): Answer => ({
  status,
  body: { error: { message, ...(details === undefined ? {} : { details }) } },
});

export async function handleControl(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    req.resume();
    return sendJson(
      res,
      403,
      problem(403, "The emulator's control API only answers loopback callers.").body,
    );
  }
  const raw = await readBody(req);
  if (raw.kind === "too_large") return reply(res, problem(413, "The body is too large."));
  const parsed = parseJson(raw.text);
  if (parsed.kind === "invalid") return reply(res, problem(400, "The body is not valid JSON."));
  const body = parsed.kind === "json" ? parsed.value : undefined;
  try {
    reply(res, route(ctx, req.method ?? "GET", url, body));
  } catch (error) {
    console.error("[emulator] control request failed", error);
    reply(res, problem(500, "The control request failed."));
  }
}

function route(ctx: EmulatorContext, method: string, url: URL, body: unknown): Answer {
  const path = url.pathname.replace(/^\/__emulator\/?/, "").replace(/\/+$/, "");
  const imageMatch = /^images\/([^/]+)$/.exec(path);
  switch (`${method} ${imageMatch ? "images/:guid" : path}`) {
    case "GET requests":
      return ok(ctx.log.list(Number(url.searchParams.get("since") ?? 0) || 0));
    case "DELETE requests":
      ctx.log.clear();
      return ok();
    case "GET faults":
      return ok(ctx.faults.list());
    case "POST faults": {
      const fault = faultSpecSchema.safeParse(body);
      if (!fault.success) return problem(400, "Not a fault spec.", z.treeifyError(fault.error));
      ctx.faults.set(fault.data);
      return ok(ctx.faults.list());
    }
    case "DELETE faults":
      ctx.faults.clear();
      return ok();
    case "POST reset":
      ctx.reset();
      return ok();
    case "GET stats":
      return ok({ ...ctx.db.stats(), requests: ctx.log.list().length, faults: ctx.faults.list() });
    case "PATCH images/:guid": {
      const patch = patchImageBody.safeParse(body ?? {});
      if (!patch.success)
        return problem(
          400,
          "Expected { title?, description?, active? }.",
          z.treeifyError(patch.error),
        );
      const row = ctx.db.patchImage(decodeURIComponent(imageMatch?.[1] ?? ""), patch.data);
      if (!row) return problem(404, "No image has that guid.");
      return ok({ image: toImageDetails(row, null, ctx.mediaOrigin) });
    }
    case "POST images": {
      const insert = insertImagesBody.safeParse(body);
      if (!insert.success)
        return problem(400, "Expected { library, images: [...] }.", z.treeifyError(insert.error));
      const records = toNewImages(insert.data);
      if (records.some((r) => ctx.db.imageByGuid(r.guid)))
        return problem(409, "An image with that guid already exists.");
      const rows = ctx.db.imagesByIds(ctx.db.insertImages(records));
      const products =
        insert.data.library === "inventory" ? ctx.db.productsFor(rows.map((r) => r.id)) : null;
      return ok({
        images: rows.map((r) =>
          toImageDetails(r, products ? (products.get(r.id) ?? []) : null, ctx.mediaOrigin),
        ),
      });
    }
    default:
      return problem(404, `No control endpoint ${method} /__emulator/${path}.`);
  }
}

function reply(res: ServerResponse, answer: Answer): void {
  sendJson(res, answer.status, answer.body);
}
