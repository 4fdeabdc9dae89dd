import "server-only";
import { serverConfig } from "@/lib/server/config";
import type { FetchPolicy } from "./guarded-fetch";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 3;

/** The hosts the server may fetch although they are private: ALLOWED_FETCH_HOSTS, and in emulator mode the emulator itself. */
export function allowedFetchHosts(): string[] {
  const config = serverConfig();
  const hosts = [...config.allowedFetchHosts];
  if (config.mode === "emulator") {
    const { host, port } = config.emulator;
    // A wildcard bind is reached (and its media URLs are written) over loopback.
    const reached =
      host === "0.0.0.0"
        ? "127.0.0.1"
        : host === "::"
          ? "[::1]"
          : host.includes(":")
            ? `[${host}]`
            : host;
    hosts.push(`${reached.toLowerCase()}:${port}`);
  }
  return hosts;
}

/** The guard for user-typed URLs, with this deployment's allow list. */
export function fetchPolicy(
  limits: Pick<FetchPolicy, "maxBytes"> & Partial<FetchPolicy>,
): FetchPolicy {
  return {
    allowHosts: allowedFetchHosts(),
    timeoutMs: FETCH_TIMEOUT_MS,
    maxRedirects: MAX_REDIRECTS,
    ...limits,
  };
}
