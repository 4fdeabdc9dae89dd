// Proxy overhead: GET /api/images?per_page=50 through the app beside the same list_images call
// straight to the same emulator, same concurrency, interleaved in one run.
import { pathToFileURL } from "node:url";
import { startAppStack } from "./lib/app-stack";
import { percentile, round, timeConcurrent } from "./lib/stats";

const ROUNDS = 5;
const PER_ROUND = 60;
const CONCURRENCY = 4;

export async function benchProxyOverhead(): Promise<Record<string, number>> {
  const stack = await startAppStack({ appPort: 3201 });
  try {
    const direct = () =>
      fetch(`${stack.emulator.url}/list_images`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          web_api_key: "emulator-web-api-key",
          app_key: "emulator-app-key",
        },
        body: JSON.stringify({
          library: {
            name: "inventory",
            session_id: "0123456789abcdef0123456789abcdef",
            account_key: "",
            site_id: 2,
          },
          page_number: 1,
          per_page: 50,
          sort_field: "date_added",
          sort_direction: "DESC",
          list_products: true,
        }),
      }).then(async (r) => {
        if (!r.ok) throw new Error(`direct list_images answered ${r.status}`);
        return r.arrayBuffer();
      });
    const proxiedWith = (acceptEncoding: string) => () =>
      fetch(`${stack.baseUrl}/api/images?per_page=50`, {
        headers: { cookie: stack.cookie, "accept-encoding": acceptEncoding },
      }).then(async (r) => {
        if (!r.ok) throw new Error(`GET /api/images answered ${r.status}`);
        return r.arrayBuffer();
      });
    // What a browser asks for (a gzipped answer, which the emulator never sends), and the same
    // request without compression, which isolates the proxy's own work.
    const proxied = proxiedWith("gzip, deflate");
    const proxiedIdentity = proxiedWith("identity");

    // Warm both paths (JIT, Next's route compilation, SQLite page cache).
    await timeConcurrent(40, CONCURRENCY, direct);
    await timeConcurrent(40, CONCURRENCY, proxied);
    await timeConcurrent(40, CONCURRENCY, proxiedIdentity);

    const directMs: number[] = [];
    const proxyMs: number[] = [];
    const identityMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      directMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, direct)));
      proxyMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, proxied)));
      identityMs.push(...(await timeConcurrent(PER_ROUND, CONCURRENCY, proxiedIdentity)));
    }
    const result = {
      direct_p50_ms: round(percentile(directMs, 50)),
      direct_p99_ms: round(percentile(directMs, 99)),
      proxy_p50_ms: round(percentile(proxyMs, 50)),
      proxy_p99_ms: round(percentile(proxyMs, 99)),
      p50_ratio: round(percentile(proxyMs, 50) / percentile(directMs, 50)),
      p99_ratio: round(percentile(proxyMs, 99) / percentile(directMs, 99)),
      uncompressed_proxy_p50_ms: round(percentile(identityMs, 50)),
      uncompressed_p50_ratio: round(percentile(identityMs, 50) / percentile(directMs, 50)),
    };
    return result;
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchProxyOverhead(), null, 2));
}
