// startEmulator(): a real HTTP server speaking FinerWorks v3, plus media and test controls.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { mediaCacheDirFromEnv } from "./config";
import type { EmulatorContext } from "./context";
import { EmulatorDb } from "./db";
import { MESSAGES, statusOnly } from "./envelope";
import { FaultBook } from "./faults";
import { sendJson } from "./http-io";
import { MediaStore } from "./media";
import { RequestLog } from "./request-log";
import { handleApi } from "./routes/api";
import { handleControl } from "./routes/control";
import { handleMedia } from "./routes/media";
import { seedImages } from "./seed";
import { bigSeed } from "./seed-big";
import type { EmulatorOptions, RunningEmulator } from "./types";

export type {
  EmulatorOptions,
  EndpointName,
  FaultKind,
  FaultSpec,
  LoggedRequest,
  RunningEmulator,
} from "./types";
export type { EmulatorDb } from "./db";

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? "127.0.0.1";
  const ownsDataDir = opts.dataDir === undefined;
  const dataDir = resolve(opts.dataDir ?? mkdtempSync(join(tmpdir(), "finerworks-emulator-")));
  mkdirSync(dataDir, { recursive: true });

  const seed = opts.seed ?? "demo";
  const db = EmulatorDb.open(join(dataDir, "emulator.sqlite"), {
    seed: () => (typeof seed === "object" ? bigSeed(seed.images) : seedImages(seed)),
    reset: opts.reset,
  });
  const media = new MediaStore(mediaDirFor(opts, dataDir), (guid) => db.imageByGuid(guid));
  const faults = new FaultBook();
  for (const fault of opts.faults ?? []) faults.set(fault);
  const log = new RequestLog();
  const closing = new AbortController();
  const held = new Set<ServerResponse>();

  const ctx: EmulatorContext = {
    db,
    media,
    faults,
    log,
    keys: {
      webApiKey: opts.webApiKey ?? "emulator-web-api-key",
      appKey: opts.appKey ?? "emulator-app-key",
    },
    mediaOrigin: "",
    printLog: opts.log ?? false,
    closing: closing.signal,
    hold(res) {
      held.add(res);
      res.on("close", () => held.delete(res));
    },
    reset: () => db.reset(),
  };

  const server = createServer((req, res) => void dispatch(ctx, req, res));
  // Longer than clients' keep-alive (undici: 4 s), so a reused socket is never closed under a
  // request that is already on its way, even after the event loop was busy (bulk inserts).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  try {
    await listen(server, opts.port ?? 0, host);
  } catch (error) {
    db.close();
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${urlHost(host)}:${port}`;
  ctx.mediaOrigin = (opts.publicOrigin ?? origin).replace(/\/+$/, "");
  if (opts.prewarmMedia) media.prewarm(db.mediaImages());

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      closing.abort();
      for (const res of held) res.destroy();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await stopped;
      await media.close();
      db.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    })());

  return {
    url: `${origin}/v3`,
    origin,
    port,
    close,
    setFault: (fault) => faults.set(fault),
    clearFaults: () => faults.clear(),
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    reset: () => ctx.reset(),
    db,
  };
}

async function dispatch(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    if (url.pathname === "/__emulator" || url.pathname.startsWith("/__emulator/"))
      return await handleControl(ctx, req, res, url);
    if (url.pathname.startsWith("/media/")) return await handleMedia(ctx, req, res, url.pathname);
    return await handleApi(ctx, req, res, url.pathname);
  } catch (error) {
    // Usually a client that hung up mid-request; anything else is an emulator bug worth seeing.
    if (!req.destroyed) console.error("[emulator] request failed", error);
    if (res.headersSent || res.destroyed) res.destroy();
    else {
      const a = statusOnly(500, MESSAGES.serverError);
      sendJson(res, a.httpStatus, a.body);
    }
  }
}

/** Explicit option, then the shared cache env, then beside the data (or a cwd cache for temp dirs). */
function mediaDirFor(opts: EmulatorOptions, dataDir: string): string {
  const fromEnv = mediaCacheDirFromEnv();
  if (opts.mediaDir) return resolve(opts.mediaDir);
  if (fromEnv) return resolve(fromEnv);
  return opts.dataDir !== undefined
    ? join(dataDir, "media")
    : resolve("data", "emulator-media-cache");
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
}

/** A host callers can reach: wildcard binds are reached over loopback. */
function urlHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
