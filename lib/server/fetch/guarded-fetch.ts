import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline, Transform, type Readable } from "node:stream";
import { isAllowedHost, isPublicAddress } from "./address-policy";

// The one way the server fetches a URL a user typed (server-side request forgery guard):
// http(s) only, every resolved address checked and the socket pinned to the checked address
// (no second DNS answer can slip in), redirects followed by hand and checked again, a timeout
// on the answer and on every quiet gap in the body, a deadline for the whole exchange, and a
// byte limit. Callers read the body on the server; none of it is ever sent to a browser.

export type FetchFailureKind =
  "invalid_url" | "blocked" | "dns" | "network" | "timeout" | "too_large" | "too_many_redirects";

export class GuardedFetchError extends Error {
  override readonly name = "GuardedFetchError";
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchPolicy {
  /** `host` or `host:port` entries fetched even though they resolve to private addresses. */
  allowHosts: readonly string[];
  /** For the response headers, and for every quiet gap while the body streams. */
  timeoutMs: number;
  /** For the whole exchange, body included (default: timeoutMs). */
  deadlineMs?: number;
  maxRedirects: number;
  maxBytes: number;
  /** DNS, replaceable in tests (default: the system resolver, every address). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

export interface GuardedResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Fails with GuardedFetchError("too_large") past maxBytes and ("timeout") when the host stalls. */
  body: Readable;
  /** Bytes of body received so far. */
  bytesRead(): number;
  /** Stops reading and closes the connection. */
  close(): void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "FinerWorksLibrary/1.0 (image details; +https://www.finerworks.com)";

function checkUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GuardedFetchError("invalid_url", "The URL is not valid.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new GuardedFetchError("invalid_url", "Only http and https URLs can be fetched.");
  if (url.username || url.password)
    throw new GuardedFetchError(
      "invalid_url",
      "URLs with a user name or password are not fetched.",
    );
  if (!url.hostname) throw new GuardedFetchError("invalid_url", "The URL has no host.");
  return url;
}

const blocked = () =>
  new GuardedFetchError(
    "blocked",
    "The URL points to a private, local or reserved network address, which the server does not fetch.",
  );

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

async function resolveChecked(
  hostname: string,
  allowed: boolean,
  resolve: FetchPolicy["resolve"],
): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await (resolve ?? systemResolve)(hostname);
  } catch {
    throw new GuardedFetchError("dns", `The host name ${hostname} could not be found.`);
  }
  if (addresses.length === 0)
    throw new GuardedFetchError("dns", `The host name ${hostname} could not be found.`);
  // Every answer must be public: a name that mixes public and private records is refused.
  if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) throw blocked();
  return addresses;
}

/** An IP literal host that the policy refuses (a literal never reaches a DNS lookup). */
function isBlockedLiteral(url: URL, allowed: boolean): boolean {
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  return isIP(literal) !== 0 && !allowed && !isPublicAddress(literal);
}

export type HostVerdict = "public" | "allowed" | "blocked" | "unresolved";

/**
 * Judges where a URL points by the same rules as a fetch, without fetching: an allowed host,
 * a refused private/reserved address (literal, or any address its name resolves to), a public
 * one, or a name that does not resolve now. For URLs handed to someone else to fetch.
 */
export async function judgeUrlHost(
  input: string | URL,
  policy: Pick<FetchPolicy, "allowHosts" | "resolve">,
): Promise<HostVerdict> {
  let url: URL;
  try {
    url = checkUrl(input);
  } catch {
    return "blocked";
  }
  if (isAllowedHost(url, policy.allowHosts)) return "allowed";
  if (isBlockedLiteral(url, false)) return "blocked";
  if (isIP(url.hostname.replace(/^\[|\]$/g, "")) !== 0) return "public";
  try {
    await resolveChecked(url.hostname, false, policy.resolve);
    return "public";
  } catch (error) {
    return error instanceof GuardedFetchError && error.kind === "blocked"
      ? "blocked"
      : "unresolved";
  }
}

function requestOnce(
  url: URL,
  policy: FetchPolicy,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const allowed = isAllowedHost(url, policy.allowHosts);
  if (isBlockedLiteral(url, allowed)) return Promise.reject(blocked());

  // The socket connects to exactly the addresses checked here.
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolveChecked(hostname, allowed, policy.resolve).then(
      (addresses) => {
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        const list = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };

  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      { method: "GET", headers, lookup, agent: false, signal },
      (res) => {
        clearTimeout(timer);
        resolve(res);
      },
    );
    const timer = setTimeout(
      () => req.destroy(new GuardedFetchError("timeout", "The image host did not answer in time.")),
      policy.timeoutMs,
    );
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end();
  });
}

function toFetchError(
  error: unknown,
  deadline: AbortSignal,
  outer: AbortSignal | undefined,
): unknown {
  if (error instanceof GuardedFetchError) return error;
  if (outer?.aborted) return error;
  if (deadline.aborted)
    return new GuardedFetchError("timeout", "The image host did not answer in time.");
  return new GuardedFetchError("network", "The image host could not be reached.");
}

export async function guardedFetch(
  input: string | URL,
  policy: FetchPolicy,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<GuardedResponse> {
  const deadline = AbortSignal.timeout(policy.deadlineMs ?? policy.timeoutMs);
  const stop = new AbortController();
  const signal = AbortSignal.any([deadline, stop.signal, ...(init.signal ? [init.signal] : [])]);
  const headers = {
    "user-agent": USER_AGENT,
    accept: "image/*",
    "accept-encoding": "identity",
    ...init.headers,
  };

  let url = checkUrl(input);
  let res: IncomingMessage;
  for (let hop = 0; ; hop++) {
    try {
      res = await requestOnce(url, policy, headers, signal);
    } catch (error) {
      throw toFetchError(error, deadline, init.signal);
    }
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) break;
    res.destroy();
    if (hop >= policy.maxRedirects)
      throw new GuardedFetchError("too_many_redirects", "The URL redirects too many times.");
    url = checkUrl(new URL(location, url));
  }

  let bytes = 0;
  let idle: NodeJS.Timeout | undefined;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(
      () => body.destroy(new GuardedFetchError("timeout", "The image host stopped sending.")),
      policy.timeoutMs,
    );
  };
  const body = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      if (bytes > policy.maxBytes) {
        next(
          new GuardedFetchError(
            "too_large",
            `The file is larger than ${Math.round(policy.maxBytes / 1024 / 1024)} MB.`,
          ),
        );
        return;
      }
      armIdle();
      next(null, chunk);
    },
  });
  armIdle();
  const onAbort = () =>
    body.destroy(toFetchError(new Error("aborted"), deadline, init.signal) as Error);
  signal.addEventListener("abort", onAbort, { once: true });
  body.on("close", () => {
    clearTimeout(idle);
    signal.removeEventListener("abort", onAbort);
    res.destroy();
  });
  pipeline(res, body, () => undefined);

  return {
    url: url.toString(),
    status: res.statusCode ?? 0,
    headers: res.headers,
    body,
    bytesRead: () => bytes,
    close: () => {
      body.destroy();
      stop.abort();
    },
  };
}
