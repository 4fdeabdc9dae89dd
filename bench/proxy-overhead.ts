// Proxy overhead: GET /api/images?per_page=50 through the app, through a bare Next route that
// only forwards (bench/bare-proxy), and the same list_images call straight to the emulator; same
// concurrency, interleaved in one run. ours/bare is the part of the overhead that is our code.
import { pathToFileURL } from "node:url";
import { listImagesBody } from "./bare-proxy/list-request.mjs";
import { startAppStack } from "./lib/app-stack";
import { startBareProxy } from "./lib/bare-proxy";
import { percentile, round, timeConcurrent } from "./lib/stats";

const ROUNDS = 5;
const PER_ROUND = 60;
const CONCURRENCY = 4;

export async function benchProxyOverhead(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: 3201 });
  const bare = await startBareProxy(stack.emulator, 3202).catch(async (error: unknown) => {
    await stack.stop();
    throw error;
  });
  try {
    const direct = () =>
      fetch(`${stack.emulator.url}/list_images`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          web_api_key: "emulator-web-api-key",
          app_key: "emulator-app-key",
        },
        body: listImagesBody(50),
      }).then(async (r) => {
        if (!r.ok) throw new Error(`direct list_images answered ${r.status}`);
        return r.arrayBuffer();
      });
    const getWith = (baseUrl: string, acceptEncoding: string) => () =>
      fetch(`${baseUrl}/api/images?per_page=50`, {
        headers: { cookie: stack.cookie, "accept-encoding": acceptEncoding },
      }).then(async (r) => {
        if (!r.ok) throw new Error(`GET ${baseUrl}/api/images answered ${r.status}`);
        return r.arrayBuffer();
      });
    const proxiedWith = (acceptEncoding: string) => getWith(stack.baseUrl, acceptEncoding);
    // What a browser asks for (a gzipped answer, which the emulator never sends), and the same
    // request without compression, which isolates the proxy's own work.
    const proxied = proxiedWith("gzip, deflate");
    const proxiedIdentity = proxiedWith("identity");
    const bareProxied = getWith(bare.baseUrl, "gzip, deflate");
    const bareIdentity = getWith(bare.baseUrl, "identity");

    // Warm both paths (JIT, Next's route compilation, SQLite page cache).
    await timeConcurrent(40, CONCURRENCY, direct);
    await timeConcurrent(40, CONCURRENCY, proxied);
    await timeConcurrent(40, CONCURRENCY, proxiedIdentity);
    await timeConcurrent(40, CONCURRENCY, bareProxied);
    await timeConcurrent(40, CONCURRENCY, bareIdentity);

    const directMs: number[] = [];
    const proxyMs: number[] = [];
    const identityMs: number[] = [];
    const bareMs: number[] = [];
    const bareIdentityMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      directMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, direct)));
      proxyMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, proxied)));
      identityMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, proxiedIdentity)));
      bareMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, bareProxied)));
      bareIdentityMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, bareIdentity)));
    }
    const p50 = (samples: number[]) => percentile(samples, 50);
    return {
      direct_p50_ms: round(p50(directMs)),
      direct_p99_ms: round(percentile(directMs, 99)),
      proxy_p50_ms: round(p50(proxyMs)),
      proxy_p99_ms: round(percentile(proxyMs, 99)),
      bare_p50_ms: round(p50(bareMs)),
      bare_p99_ms: round(percentile(bareMs, 99)),
      // The three p50 ratios: ours / direct (on record), bare / direct (what Next itself costs),
      // ours / bare (our code's share; goal <= 1.15).
      p50_ratio: round(p50(proxyMs) / p50(directMs)),
      bare_p50_ratio: round(p50(bareMs) / p50(directMs)),
      ours_over_bare_p50_ratio: round(p50(proxyMs) / p50(bareMs)),
      p99_ratio: round(percentile(proxyMs, 99) / percentile(directMs, 99)),
      uncompressed_proxy_p50_ms: round(p50(identityMs)),
      uncompressed_bare_p50_ms: round(p50(bareIdentityMs)),
      uncompressed_p50_ratio: round(p50(identityMs) / p50(directMs)),
      uncompressed_ours_over_bare_p50_ratio: round(p50(identityMs) / p50(bareIdentityMs)),
    };
  } finally {
    bare.stop();
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchProxyOverhead(), null, 2));
}
