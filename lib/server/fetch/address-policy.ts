import "server-only";
import ipaddr from "ipaddr.js";

/**
 * True only for ordinary public unicast addresses. Loopback, private (RFC 1918, unique-local),
 * link-local (which holds the cloud metadata address 169.254.169.254), carrier-grade NAT,
 * multicast, reserved and the IPv6 forms that embed an IPv4 address (6to4, NAT64, Teredo)
 * are all refused; an IPv4-mapped IPv6 address is judged as the IPv4 address it maps.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return false;
  let address = ipaddr.parse(bare);
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) address = v6.toIPv4Address();
  }
  return address.range() === "unicast";
}

/** `host` or `host:port` entries (lowercase); a bare host allows every port of it. */
export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  if (allowHosts.length === 0) return false;
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowHosts.some((entry) => entry === host || entry === `${host}:${port}`);
}
