// The default transport against a bare node:http server: what fetch did, on kept-alive sockets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeHttpFetch } from "./transport";

let server: Server;
let base: string;
const sockets = new Set<unknown>();
const seen: { method?: string; headers: IncomingMessage["headers"]; body: string }[] = [];

function handle(req: IncomingMessage, res: ServerResponse, body: string) {
  seen.push({ method: req.method, headers: req.headers, body });
  if (req.url === "/gzip") {
    const zipped = gzipSync(JSON.stringify({ zipped: "é ok" }));
    res.writeHead(200, {
      "content-type": "application/json",
      "content-encoding": "gzip",
      "content-length": zipped.byteLength,
    });
    res.end(zipped);
  } else if (req.url === "/cut") {
    res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"partial":');
    setTimeout(() => res.destroy(), 20);
  } else if (req.url === "/slow") {
    setTimeout(() => res.end("late"), 2_000);
  } else {
    res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "application/json" });
    res.end(JSON.stringify({ echo: body }));
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  server.on("connection", (socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const signal = () => AbortSignal.timeout(1_000);

describe("node:http transport", () => {
  it("sends method, headers and a JSON body, and reuses one socket for calls in sequence", async () => {
    sockets.clear();
    for (let i = 0; i < 3; i++) {
      const response = await nodeHttpFetch(`${base}/echo`, {
        method: "POST",
        headers: { "content-type": "application/json", app_key: "k" },
        body: '{"n":"ü"}',
        signal: signal(),
      });
      expect(response.status).toBe(200);
      expect(JSON.parse(await response.text())).toEqual({ echo: '{"n":"ü"}' });
    }
    expect(sockets.size).toBe(1);
    const last = seen.at(-1);
    expect(last).toMatchObject({ method: "POST", body: '{"n":"ü"}' });
    expect(last?.headers).toMatchObject({
      app_key: "k",
      "content-length": String(Buffer.byteLength('{"n":"ü"}')),
      "accept-encoding": "gzip",
    });
  });

  it("answers non-2xx statuses like fetch, with their body", async () => {
    const response = await nodeHttpFetch(`${base}/missing`, {
      method: "GET",
      headers: {},
      signal: signal(),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('{"echo":""}');
  });

  it("decodes a gzip answer", async () => {
    const response = await nodeHttpFetch(`${base}/gzip`, {
      method: "GET",
      headers: {},
      signal: signal(),
    });
    expect(JSON.parse(await response.text())).toEqual({ zipped: "é ok" });
  });

  it("rejects the body when the connection drops before it is complete", async () => {
    const response = await nodeHttpFetch(`${base}/cut`, {
      method: "GET",
      headers: {},
      signal: signal(),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("rejects when the signal aborts, and when nothing listens", async () => {
    const started = Date.now();
    await expect(
      nodeHttpFetch(`${base}/slow`, {
        method: "GET",
        headers: {},
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect(
      nodeHttpFetch("http://127.0.0.1:1/", { method: "GET", headers: {}, signal: signal() }),
    ).rejects.toThrow();
  });

  it("refuses protocols other than http(s)", async () => {
    await expect(
      nodeHttpFetch("file:///etc/passwd", { method: "GET", headers: {}, signal: signal() }),
    ).rejects.toThrow(TypeError);
  });
});
