// The floor for the proxy-overhead bench: a Next route handler that only forwards
// GET /api/images to list_images with node:http (keep-alive, like the app's transport) and
// hands the answer back: no session, no validation, no parsing, no sanitising. It lives in its
// own Next app, built and started only by bench/proxy-overhead.ts, so it never ships.
import { Agent, request } from "node:http";
import { listImagesBody } from "../../../list-request.mjs";

const agent = new Agent({ keepAlive: true });
const upstream = new URL(
  `${process.env.BARE_UPSTREAM_URL ?? "http://127.0.0.1:4010/v3"}/list_images`,
);
const headers = {
  "content-type": "application/json",
  web_api_key: process.env.BARE_WEB_API_KEY ?? "",
  app_key: process.env.BARE_APP_KEY ?? "",
};

/** @param {string} body @returns {Promise<{ status: number, body: Buffer }>} */
function post(body) {
  return new Promise((resolve, reject) => {
    const req = request(upstream, { method: "POST", agent, headers }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 502, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** @param {Request} incoming */
export async function GET(incoming) {
  const perPage = Number(new URL(incoming.url).searchParams.get("per_page") ?? "24");
  const answer = await post(listImagesBody(perPage));
  return new Response(new Uint8Array(answer.body), {
    status: answer.status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
