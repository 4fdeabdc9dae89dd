// Probing a ~20 MB JPEG through POST /api/probe: how many bytes the app read and how many the
// host sent, with a host that honours Range and with one that ignores it, and the time taken.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { startAppStack } from "./lib/app-stack";
import { median, round } from "./lib/stats";

const RUNS = 5;

/** A real JPEG of about 20 MB: noise barely compresses. */
async function hugeJpeg(): Promise<Buffer> {
  const noise = { type: "gaussian" as const, mean: 128, sigma: 90 };
  return sharp({ create: { width: 4400, height: 3300, channels: 3, noise, background: "#000" } })
    .jpeg({ quality: 100 })
    .toBuffer();
}

export async function benchProbe(): Promise<Record<string, number>> {
  const file = await hugeJpeg();
  let sent = 0;
  const host = createServer((req: IncomingMessage, res: ServerResponse) => {
    const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
    let body = file;
    if (range && req.url === "/range/huge.jpg") {
      const start = Number(range[1]);
      const end = Math.min(Number(range[2]), file.length - 1);
      body = file.subarray(start, end + 1);
      res.writeHead(206, {
        "content-type": "image/jpeg",
        "content-length": body.length,
        "content-range": `bytes ${start}-${end}/${file.length}`,
      });
    } else {
      res.writeHead(200, { "content-type": "image/jpeg", "content-length": body.length });
    }
    // Written in 64 KB pieces and counted as they go, so a hang-up stops the count.
    let offset = 0;
    const pump = () => {
      while (offset < body.length && !res.destroyed) {
        const part = body.subarray(offset, offset + 65_536);
        offset += part.length;
        sent += part.length;
        if (!res.write(part)) return void res.once("drain", pump);
      }
      res.end();
    };
    res.on("close", () => (offset = body.length));
    pump();
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  const stack = await startAppStack({
    appPort: 3206,
    env: { ALLOWED_FETCH_HOSTS: new URL(origin).host },
  });
  try {
    const probe = async (path: string) => {
      sent = 0;
      const started = performance.now();
      const response = await fetch(`${stack.baseUrl}/api/probe`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: stack.cookie },
        body: JSON.stringify({ url: `${origin}${path}` }),
      });
      const ms = performance.now() - started;
      if (!response.ok)
        throw new Error(`POST /api/probe answered ${response.status}: ${await response.text()}`);
      const result = (await response.json()) as {
        bytes_read: number;
        file_size: number;
        pix_w: number;
        pix_h: number;
      };
      if (result.file_size !== file.length || result.pix_w !== 4400)
        throw new Error(`wrong details ${JSON.stringify(result)}`);
      await new Promise((r) => setTimeout(r, 50)); // let the host see the hang-up
      return { ms, read: result.bytes_read, sent };
    };
    await probe("/range/huge.jpg"); // warm-up
    const out: Record<string, number> = { file_bytes: file.length };
    for (const [label, path] of [
      ["range", "/range/huge.jpg"],
      ["no_range", "/plain/huge.jpg"],
    ] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await probe(path));
      out[`${label}_app_bytes_read`] = Math.max(...runs.map((r) => r.read));
      out[`${label}_host_bytes_sent_median`] = median(runs.map((r) => r.sent));
      out[`${label}_ms_median`] = round(median(runs.map((r) => r.ms)));
    }
    return out;
  } finally {
    await stack.stop();
    host.closeAllConnections();
    await new Promise((done) => host.close(done));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchProbe(), null, 2));
}
