import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, stampPeerAddresses, UNKNOWN_ADDRESS } from "./client-address";

// A real HTTP server with the stamp installed, as instrumentation.ts installs it in `next start`.
let seen: IncomingHttpHeaders = {};
const server = createServer((request, response) => {
  seen = request.headers;
  response.end();
});
let origin = "";

beforeAll(async () => {
  stampPeerAddresses();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function headersOf(sent: Record<string, string>): Promise<IncomingHttpHeaders> {
  await fetch(origin, { headers: sent });
  return seen;
}

describe("client address", () => {
  it.each([
    ["no forwarding header", {}, false, "127.0.0.1"],
    ["a forged X-Forwarded-For", { "x-forwarded-for": "203.0.113.1" }, false, "127.0.0.1"],
    ["a forged peer header", { [PEER_HEADER]: "00 203.0.113.1" }, false, "127.0.0.1"],
    [
      "X-Forwarded-For behind a trusted proxy",
      { "x-forwarded-for": "203.0.113.1" },
      true,
      "203.0.113.1",
    ],
    [
      "a chain behind a trusted proxy: the entry the proxy appended",
      { "x-forwarded-for": "10.9.9.9, 203.0.113.2" },
      true,
      "203.0.113.2",
    ],
    ["an IPv4-mapped IPv6 entry", { "x-forwarded-for": "::FFFF:203.0.113.3" }, true, "203.0.113.3"],
    ["a trusted proxy that sent no header", {}, true, "127.0.0.1"],
  ])("%s", async (_name, sent, trustProxy, expected) => {
    expect(clientAddress(await headersOf(sent), trustProxy)).toBe(expected);
  });

  it("reads Web Headers too, and is unknown without the stamp", async () => {
    const stamped = await headersOf({});
    expect(clientAddress(new Headers({ [PEER_HEADER]: String(stamped[PEER_HEADER]) }), false)).toBe(
      "127.0.0.1",
    );
    expect(clientAddress(new Headers({ [PEER_HEADER]: "nonce 203.0.113.1" }), false)).toBe(
      UNKNOWN_ADDRESS,
    );
    expect(clientAddress({}, false)).toBe(UNKNOWN_ADDRESS);
  });
});
