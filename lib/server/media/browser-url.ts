import "server-only";
import { serverConfig } from "@/lib/server/config";

/** Where a browser fetches what an absolute URL points at, through the app's own origin. */
export interface BrowserUrlRoutes {
  /** Absolute prefix -> same-origin path prefix, e.g. "http://127.0.0.1:4010/media/" -> "/emulator-media/". */
  readonly [absolutePrefix: string]: string;
}

export const EMULATOR_MEDIA_PATH = "/emulator-media/";

/**
 * The URL a browser should load for `url`: media this app can serve itself (the local media
 * store, and in emulator mode the emulator's media) becomes a same-origin path, so pages work
 * from any host name the app is opened through. Every other URL is returned unchanged.
 */
export function toBrowserUrl(url: string, routes: BrowserUrlRoutes): string {
  for (const [prefix, path] of Object.entries(routes)) {
    if (url.startsWith(prefix) && url.length > prefix.length)
      return path + url.slice(prefix.length);
  }
  return url;
}

let cached: BrowserUrlRoutes | undefined;

function routes(): BrowserUrlRoutes {
  if (cached) return cached;
  const config = serverConfig();
  const table: Record<string, string> = {};
  if (config.media.store === "local") table[`${config.media.local.publicBaseUrl}/`] = "/media/";
  if (config.mode === "emulator") table[`${config.emulator.origin}/media/`] = EMULATOR_MEDIA_PATH;
  cached = table;
  return table;
}

/** {@link toBrowserUrl} with this process's configuration; null stays null. */
export function browserImageUrl(url: string | null): string | null {
  return url === null ? null : toBrowserUrl(url, routes());
}
