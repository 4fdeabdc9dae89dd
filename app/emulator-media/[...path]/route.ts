import { isSafeKeySegment } from "@/lib/server/media/keys";
import { serverConfig } from "@/lib/server/config";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });

const PASSED_ON = ["content-type", "content-length", "cache-control", "etag", "last-modified"];

// GET /emulator-media/<kind>/<file> - the emulator's media through the app's own origin (emulator
// mode only), so thumbnails load whatever host name the demo is opened through.
async function relay(
  request: Request,
  params: Promise<{ path: string[] }>,
  method: "GET" | "HEAD",
): Promise<Response> {
  const config = serverConfig();
  if (config.mode !== "emulator") return notFound();
  const { path } = await params;
  if (path.length === 0 || path.length > 3 || !path.every(isSafeKeySegment)) return notFound();
  const upstream = await fetch(`${config.emulator.origin}/media/${path.join("/")}`, {
    method,
    headers: { "if-none-match": request.headers.get("if-none-match") ?? "" },
    signal: request.signal,
    cache: "no-store",
  }).catch(() => undefined);
  if (!upstream || (upstream.status !== 200 && upstream.status !== 304)) {
    await upstream?.body?.cancel();
    return notFound();
  }
  const headers = new Headers({ "x-content-type-options": "nosniff" });
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!headers.get("content-type")?.startsWith("image/") && upstream.status === 200) {
    await upstream.body?.cancel();
    return notFound();
  }
  return new Response(method === "HEAD" ? null : upstream.body, {
    status: upstream.status,
    headers,
  });
}

export function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return relay(request, params, "GET");
}

export function HEAD(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return relay(request, params, "HEAD");
}
