import "server-only";
import { randomBytes } from "node:crypto";
import { Server, type IncomingMessage } from "node:http";

// Route handlers never see the socket, and Next.js sets X-Forwarded-For from it only when the
// request came without one, so a client could name any address. stampPeerAddresses() (run once
// from instrumentation.ts) writes the socket's address into a header of our own on every request,
// sealed with a per-process nonce so a client cannot forge it.
export const PEER_HEADER = "x-dashboard-peer";
const NONCE = Symbol.for("finerworks-dashboard.peer-nonce");
const holder = globalThis as typeof globalThis & { [NONCE]?: string };

/** The address when none can be known (a request that came in before the stamp was installed). */
export const UNKNOWN_ADDRESS = "unknown";

export function stampPeerAddresses(): void {
  if (holder[NONCE]) return;
  const nonce = randomBytes(16).toString("hex");
  holder[NONCE] = nonce;
  // Wrapped, not called detached: every call below passes the server as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = Server.prototype.emit as (
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  Server.prototype.emit = function stampedEmit(
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_HEADER] = `${nonce} ${request.socket.remoteAddress ?? UNKNOWN_ADDRESS}`;
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;
}

type HeaderSource = Headers | Record<string, unknown>;

function header(source: HeaderSource, name: string): string | undefined {
  const value = source instanceof Headers ? source.get(name) : source[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

/** IPv4 clients on a dual-stack socket read as ::ffff:a.b.c.d; one client, one key. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address. Behind a reverse proxy (trustProxy) it is the last X-Forwarded-For entry,
 * the one that proxy appended; otherwise the socket's address, whatever the client sent.
 */
export function clientAddress(source: HeaderSource, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header(source, "x-forwarded-for")?.split(",").pop()?.trim();
    if (forwarded) return normalise(forwarded);
  }
  const stamped = header(source, PEER_HEADER);
  const nonce = holder[NONCE];
  if (!nonce || !stamped?.startsWith(`${nonce} `)) return UNKNOWN_ADDRESS;
  return normalise(stamped.slice(nonce.length + 1));
}
