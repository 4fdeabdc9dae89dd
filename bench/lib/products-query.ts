// Run by bench/products.ts in a child process (server-only modules need the react-server
// condition), with DATABASE_URL set: the server's own time for GET /api/products answers
// (snapshot queries, summary and shaping, no HTTP). Prints { name: p50_ms } as JSON.
// Usage: products-query.ts <queries JSON>
import { productQuerySchema } from "@/lib/schemas/products";
import { productsPage } from "@/lib/server/products/list-products";
import { percentile, round } from "./stats";

const queries = JSON.parse(process.argv[2] ?? "{}") as Record<string, Record<string, string>>;
const result: Record<string, number> = {};
for (const [name, raw] of Object.entries(queries)) {
  const query = productQuerySchema.parse(raw);
  const times: number[] = [];
  for (let i = 0; i < 120; i++) {
    const started = performance.now();
    JSON.stringify(await productsPage(query));
    if (i >= 20) times.push(performance.now() - started);
  }
  result[name] = round(percentile(times, 50));
}
console.log(JSON.stringify(result));
process.exit(0);
