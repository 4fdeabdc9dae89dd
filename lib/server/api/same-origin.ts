// Which origins a mutation may come from. Decided on whole origins (scheme, host and port), never
// on a host alone: http://app.example and https://app.example:8443 are other sites to a browser.
// Next.js fills in X-Forwarded-Host and -Proto itself when they are missing and passes on what a
// client sends, so they mean something only behind a reverse proxy that sets them (TRUST_PROXY).

export interface SameOriginPolicy {
  /** The site's own URL (NEXTAUTH_URL): its origin is always allowed, its scheme is the default. */
  siteUrl: string;
  trustProxy: boolean;
  extraOrigins?: readonly string[];
}

const originOf = (url: string): string | null => {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
};

const firstValue = (headers: Headers, name: string): string | null =>
  headers.get(name)?.split(",")[0]?.trim() || null;

/** The origins a request may legitimately carry: the site's, and the one the request was sent to. */
export function allowedOrigins(headers: Headers, policy: SameOriginPolicy): Set<string> {
  const siteScheme = new URL(policy.siteUrl).protocol.replace(":", "");
  const host =
    (policy.trustProxy ? firstValue(headers, "x-forwarded-host") : null) ??
    firstValue(headers, "host");
  const forwardedProto = policy.trustProxy
    ? firstValue(headers, "x-forwarded-proto")?.toLowerCase()
    : undefined;
  const scheme =
    forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : siteScheme;
  const candidates = [policy.siteUrl, ...(policy.extraOrigins ?? [])];
  // A Host with a path or user info in it is not a host: it must be the whole authority.
  if (host && /^[a-z0-9.\-[\]:]+$/i.test(host)) candidates.push(`${scheme}://${host}`);
  const origins = new Set<string>();
  for (const candidate of candidates) {
    const origin = originOf(candidate);
    if (origin) origins.add(origin);
  }
  return origins;
}

/** Whether a request may change anything: not cross-site, and its Origin (if any) is allowed. */
export function isSameOriginRequest(headers: Headers, policy: SameOriginPolicy): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = headers.get("origin");
  if (origin === null) return true; // not a browser (curl, tests, server-to-server): cookies are not ambient there
  const parsed = originOf(origin);
  return parsed !== null && allowedOrigins(headers, policy).has(parsed);
}
