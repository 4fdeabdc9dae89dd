import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAllowedHost, isPublicAddress } from "./address-policy";
import { guardedFetch, GuardedFetchError, type FetchPolicy } from "./guarded-fetch";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", false],
    ["127.8.9.10", false],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["172.31.255.255", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false], // cloud metadata
    ["100.100.100.200", false], // carrier-grade NAT (another metadata address)
    ["0.0.0.0", false],
    ["255.255.255.255", false],
    ["224.0.0.1", false],
    ["192.0.2.1", false],
    ["::1", false],
    ["::", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["fd00:ec2::254", false], // AWS metadata over IPv6
    ["::ffff:127.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["64:ff9b::a00:1", false], // NAT64 of 10.0.0.1
    ["2002:7f00:1::", false], // 6to4 of 127.0.0.1
    ["not an ip", false],
    ["93.184.216.34", true],
    ["8.8.8.8", true],
    ["172.32.0.1", true],
    ["::ffff:8.8.8.8", true],
    ["2606:4700:4700::1111", true],
  ])("%s -> %s", (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe("isAllowedHost", () => {
  it("matches a host with any port, or host:port exactly", () => {
    expect(isAllowedHost(new URL("http://127.0.0.1:4110/x"), ["127.0.0.1:4110"])).toBe(true);
    expect(isAllowedHost(new URL("http://127.0.0.1:4111/x"), ["127.0.0.1:4110"])).toBe(false);
    expect(isAllowedHost(new URL("http://media.local/x"), ["media.local"])).toBe(true);
    expect(isAllowedHost(new URL("http://media.local:8080/x"), ["media.local"])).toBe(true);
    expect(isAllowedHost(new URL("https://media.local/x"), ["media.local:443"])).toBe(true);
    expect(isAllowedHost(new URL("http://evil.media.local/x"), ["media.local"])).toBe(false);
  });
});

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/big") return void res.end(Buffer.alloc(300_000));
    if (req.url === "/to-localhost")
      return void res.writeHead(302, { location: `http://localhost:${port}/ok` }).end();
    res.end("ok");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const policy = (overrides: Partial<FetchPolicy> = {}): FetchPolicy => ({
  allowHosts: [],
  timeoutMs: 2000,
  maxRedirects: 3,
  maxBytes: 1024 * 1024,
  ...overrides,
});

async function failure(
  url: string,
  overrides: Partial<FetchPolicy> = {},
): Promise<GuardedFetchError> {
  const error = await guardedFetch(url, policy(overrides)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GuardedFetchError);
  return error as GuardedFetchError;
}

async function text(url: string, overrides: Partial<FetchPolicy> = {}): Promise<string> {
  const response = await guardedFetch(url, policy(overrides));
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe("guardedFetch", () => {
  it.each([
    "ftp://example.com/a.jpg",
    "file:///etc/passwd",
    "http://user:pw@example.com/a.jpg",
    "not a url",
  ])("refuses %s", async (url) => {
    expect((await failure(url)).kind).toBe("invalid_url");
  });

  it.each([
    "http://127.0.0.1:1/",
    "http://[::1]:1/",
    "http://0x7f.1:1/",
    "http://[::ffff:127.0.0.1]:1/",
    "http://169.254.169.254/latest/meta-data/",
  ])("refuses the address literal %s without connecting", async (url) => {
    expect((await failure(url)).kind).toBe("blocked");
  });

  it("refuses a name that resolves to a private address, or to a mix of public and private", async () => {
    expect((await failure("http://localhost:1/")).kind).toBe("blocked");
    const mixed = () =>
      Promise.resolve([
        { address: "93.184.216.34", family: 4 },
        { address: "10.0.0.7", family: 4 },
      ]);
    expect((await failure("http://mixed.test/", { resolve: mixed })).kind).toBe("blocked");
  });

  it("reports a name that does not resolve", async () => {
    const none = () => Promise.reject(new Error("ENOTFOUND"));
    expect((await failure("http://nowhere.test/", { resolve: none })).kind).toBe("dns");
  });

  it("connects to the address it checked, not to a second DNS answer", async () => {
    // "pinned.test" exists only in this resolver: the socket can only have used its answer.
    const resolve = () => Promise.resolve([{ address: "127.0.0.1", family: 4 }]);
    expect(
      await text(`http://pinned.test:${port}/ok`, { resolve, allowHosts: [`pinned.test:${port}`] }),
    ).toBe("ok");
  });

  it("lets an allowed host:port through and checks where it redirects", async () => {
    const allowHosts = [`127.0.0.1:${port}`];
    expect(await text(`http://127.0.0.1:${port}/ok`, { allowHosts })).toBe("ok");
    expect((await failure(`http://127.0.0.1:${port}/to-localhost`, { allowHosts })).kind).toBe(
      "blocked",
    );
  });

  it("stops at the byte limit", async () => {
    const error = await text(`http://127.0.0.1:${port}/big`, {
      allowHosts: [`127.0.0.1:${port}`],
      maxBytes: 100_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardedFetchError);
    expect((error as GuardedFetchError).kind).toBe("too_large");
  });
});
