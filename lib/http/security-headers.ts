// The security headers of every response, built in one place: proxy.ts sets them on pages, API
// routes and media alike. Pages get a nonce-based CSP (Next.js puts the nonce on its own scripts);
// everything else is data, never a document, so its CSP allows nothing at all.

/** Browser features the dashboard never uses, denied to it and to anything it might embed. */
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Two years, the preload list's minimum; only ever sent over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** For API answers and media files: nothing in them may run, load, frame or be framed. */
export const NON_PAGE_CSP = [
  "default-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "sandbox",
].join("; ");

export interface PageCspOptions {
  nonce: string;
  /** Origins images come from besides this one and any https host (emulator, media store). */
  imageOrigins: readonly string[];
  https: boolean;
  /** `next dev` evaluates code and injects styles; a production build needs neither. */
  dev?: boolean;
}

/** The CSP of an HTML page: scripts only by nonce (and what they load), nothing remote. */
export function pageCsp({ nonce, imageOrigins, https, dev = false }: PageCspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style={...} attributes (aspect ratios, progress bars) are inline styles.
    "style-src 'self' 'unsafe-inline'",
    // Thumbnails live on FinerWorks' and the artists' own hosts, so any https image is allowed.
    ["img-src 'self' data: blob: https:", ...new Set(imageOrigins)].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one page response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The headers every response carries, with the given CSP. */
export function securityHeaders(csp: string, https: boolean): Record<string, string> {
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}

/**
 * Whether the browser reached us over https: the configured site URL says so, or (only when
 * TRUST_PROXY is on) the reverse proxy in front says so in X-Forwarded-Proto.
 */
export function servedOverHttps(
  siteUrl: string,
  trustProxy: boolean,
  forwardedProto: string | null,
): boolean {
  if (siteUrl.startsWith("https://")) return true;
  if (!trustProxy || !forwardedProto) return false;
  return forwardedProto.split(",")[0]!.trim().toLowerCase() === "https";
}
