// How the client sends one HTTP request. The default is node:http(s) over keep-alive agents;
// anything shaped like fetch (global fetch included) can stand in, e.g. in tests.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { gunzipSync } from "node:zlib";

export interface UpstreamRequestInit {
  method: "GET" | "POST" | "PUT";
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/** The part of a fetch Response the client reads: the status first, then the whole body. */
export interface UpstreamResponse {
  status: number;
  text(): Promise<string>;
}

export type UpstreamFetch = (url: string, init: UpstreamRequestInit) => Promise<UpstreamResponse>;

// Idle sockets are closed after this long, or sooner when the server's Keep-Alive header says it
// closes them first (node's agent honours that hint), so a reused socket is rarely one the server
// is closing. undici, behind global fetch, uses the same 4 s default.
const IDLE_SOCKET_MS = 4_000;
const agents = {
  "http:": new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  "https:": new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
};

/**
 * One request over node:http(s) with keep-alive. Global fetch costs far more CPU per call in
 * Node 20 (undici's WHATWG streams, Request/Response objects, and Next's fetch patching on top):
 * for a 66 kB list_images answer, about 1 ms of the ~6 ms of CPU a proxied GET /api/images took.
 * Like fetch it asks for gzip and decodes it, and a failure before or during the body rejects.
 */
export const nodeHttpFetch: UpstreamFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      reject(new TypeError(`Unsupported protocol ${target.protocol}`));
      return;
    }
    const body = init.body === undefined ? undefined : Buffer.from(init.body, "utf8");
    const request = (target.protocol === "https:" ? httpsRequest : httpRequest)(
      target,
      {
        method: init.method,
        headers: {
          ...init.headers,
          "accept-encoding": "gzip",
          ...(body ? { "content-length": String(body.byteLength) } : {}),
        },
        agent: agents[target.protocol],
        signal: init.signal,
      },
      (response) => resolve({ status: response.statusCode ?? 0, text: () => readText(response) }),
    );
    request.on("error", reject);
    request.end(body);
  });

async function readText(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  // Rejects when the connection drops or the request is aborted before the body is complete.
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
  return (encoding === "gzip" || encoding === "x-gzip" ? gunzipSync(raw) : raw).toString("utf8");
}
