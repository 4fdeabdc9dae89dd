// /v3/* - the FinerWorks pipeline: route -> method -> body size -> faults -> keys -> JSON -> handler.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { EmulatorContext } from "../context";
import { MESSAGES, responseStatus, statusOnly, type ApiAnswer } from "../envelope";
import { parseJson, readBody, sendJson, sendRaw } from "../http-io";
import type { EndpointName, LoggedRequest } from "../types";
import { addImages } from "./add-images";
import { listImages } from "./list-images";
import { testCredentials } from "./test-credentials";
import { updateImages } from "./update-images";

interface Route {
  endpoint: EndpointName;
  method: "GET" | "POST" | "PUT";
  handle: (ctx: EmulatorContext, body: unknown) => ApiAnswer;
}

const ROUTES: Record<string, Route> = {
  "/v3/list_images": { endpoint: "list_images", method: "POST", handle: listImages },
  "/v3/add_images": { endpoint: "add_images", method: "POST", handle: addImages },
  "/v3/update_images": { endpoint: "update_images", method: "PUT", handle: updateImages },
  "/v3/test_my_credentials": {
    endpoint: "test_my_credentials",
    method: "GET",
    handle: testCredentials,
  },
};

export async function handleApi(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const started = performance.now();
  const method = req.method ?? "GET";
  // ASP.NET routing ignores case and a trailing slash.
  const route = ROUTES[path.toLowerCase().replace(/\/+$/, "")];
  const entry = ctx.log.start(method, path, route?.endpoint ?? null);
  const answer = (a: ApiAnswer) =>
    send(
      ctx,
      res,
      entry,
      started,
      () => sendJson(res, a.httpStatus, a.body, a.headers),
      a.httpStatus,
    );

  if (!route) {
    req.resume();
    return answer(statusOnly(404, MESSAGES.notFound));
  }
  if (method !== route.method) {
    req.resume();
    return answer({
      ...statusOnly(405, MESSAGES.methodNotAllowed(method)),
      headers: { allow: route.method },
    });
  }

  const raw = await readBody(req);
  if (raw.kind === "too_large") return answer(statusOnly(413, MESSAGES.tooLarge));
  const parsed = parseJson(raw.text);
  entry.body =
    parsed.kind === "json"
      ? parsed.value
      : parsed.kind === "invalid"
        ? parsed.text.slice(0, 2000)
        : null;

  const fault = ctx.faults.decide(route.endpoint);
  if (fault.latencyMs > 0) {
    try {
      await sleep(fault.latencyMs, undefined, { signal: ctx.closing });
    } catch {
      res.destroy();
      return;
    }
  }
  switch (fault.failure) {
    case "timeout":
      ctx.hold(res);
      return;
    case "http_500":
      return answer(statusOnly(500, MESSAGES.serverError));
    case "success_false":
      return answer({
        httpStatus: 200,
        body: { status: responseStatus(200, MESSAGES.simulatedFailure, false) },
      });
    case "malformed_json": {
      const full = JSON.stringify({ status: responseStatus(200), images: [] });
      return send(
        ctx,
        res,
        entry,
        started,
        () => sendRaw(res, 200, full.slice(0, Math.floor(full.length * 0.6))),
        200,
      );
    }
    case null:
      break;
  }

  if (!hasKeys(req, ctx.keys)) return answer(statusOnly(401, MESSAGES.unauthorized));
  if (route.method !== "GET" && parsed.kind === "invalid") {
    return answer({
      httpStatus: 400,
      body: {
        status: responseStatus(400, "The request is invalid."),
        ModelState: { request: ["The request body is not valid JSON."] },
      },
    });
  }
  try {
    return answer(route.handle(ctx, parsed.kind === "json" ? parsed.value : undefined));
  } catch (error) {
    console.error(`[emulator] ${route.endpoint} failed`, error);
    return answer(statusOnly(500, MESSAGES.serverError));
  }
}

function send(
  ctx: EmulatorContext,
  res: ServerResponse,
  entry: LoggedRequest,
  started: number,
  write: () => void,
  status: number,
): void {
  entry.status = status;
  write();
  if (ctx.printLog) {
    console.info(
      `[emulator] ${entry.method} ${entry.path} ${status} ${(performance.now() - started).toFixed(1)}ms`,
    );
  }
}

/** Both keys must match; compared in constant time, and never logged. */
function hasKeys(req: IncomingMessage, keys: EmulatorContext["keys"]): boolean {
  return (
    sameSecret(req.headers.web_api_key, keys.webApiKey) &&
    sameSecret(req.headers.app_key, keys.appKey)
  );
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
