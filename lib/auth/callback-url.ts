// Where to go after signing in: a path on this site only, so neither /login nor next-auth can be
// used as an open redirect. Browsers and servers disagree on odd URLs (a tab between two slashes,
// "\" for "/", dot segments, percent-encoded slashes decoded by some hop), so the value is not
// judged by its prefix: every decoding of it is parsed against the site's own origin, and only a
// value whose every reading stays on that origin is kept.
export const DEFAULT_AFTER_SIGN_IN = "/images";

const LOGIN_PATHS = new Set(["/login", "/login/"]);
/** Deeper nesting than this is never a real link; refusing it bounds the work. */
const MAX_DECODINGS = 4;
const utf8 = new TextEncoder();
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * Percent-decodes what is well-formed and leaves the rest as it is (the WHATWG URL standard's
 * "percent-decode"): unlike decodeURIComponent it never throws on "%" or a broken sequence.
 */
export function percentDecodeLenient(value: string): string {
  if (!value.includes("%")) return value;
  const bytes = utf8.encode(value);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const hex = byte === 0x25 ? String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out[length++] = Number.parseInt(hex, 16);
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return lenientUtf8.decode(out.subarray(0, length));
}

/** The value, then each further percent-decoding of it until it stops changing; null if it never does. */
function decodings(value: string): string[] | null {
  const layers = [value];
  for (let i = 0; i < MAX_DECODINGS; i++) {
    const next = percentDecodeLenient(layers[layers.length - 1]!);
    if (next === layers[layers.length - 1]) return layers;
    layers.push(next);
  }
  return null;
}

/** The URL a browser would make of `value` on a page of `origin`, when it stays on that origin. */
function parseOnOrigin(value: string, origin: string): URL | null {
  try {
    const url = new URL(value, `${origin}/`);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

/**
 * The same-site path (path, query and fragment) that `value` names, or `/images` when it is
 * missing, names another origin under any decoding, or leads back to the sign-in page.
 * `siteOrigin` is the site's own origin (NEXTAUTH_URL); an absolute URL on it is accepted and
 * reduced to its path.
 */
export function safeCallbackPath(value: string | null | undefined, siteOrigin: string): string {
  if (typeof value !== "string" || value.trim() === "") return DEFAULT_AFTER_SIGN_IN;
  let origin: string;
  try {
    origin = new URL(siteOrigin).origin;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  // A "%" that starts no escape is a broken link, and "/%" would be a 400 page.
  if (/%(?![0-9a-fA-F]{2})/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  const layers = decodings(value);
  if (!layers) return DEFAULT_AFTER_SIGN_IN;
  for (const layer of layers) {
    // Control characters are dropped or kept differently by each parser; no real link has them.
    if (/\p{Cc}/u.test(layer)) return DEFAULT_AFTER_SIGN_IN;
    const url = parseOnOrigin(layer, origin);
    if (!url || LOGIN_PATHS.has(url.pathname)) return DEFAULT_AFTER_SIGN_IN;
  }
  const url = parseOnOrigin(value, origin)!;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave "//host" at the start of a path ("/..//evil.example"): as a relative
  // link that is another host. The result must read as this origin on its own, too.
  if (path.startsWith("//") || !parseOnOrigin(path, origin)) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/**
 * Whether next-auth can parse a callbackUrl at all (its own test, which answers 500 "server
 * configuration" when it fails): an absolute http(s) URL, or a path starting with "/".
 */
export function nextAuthCanParseCallbackUrl(value: string, siteOrigin: string): boolean {
  try {
    const url = new URL(value, value.startsWith("/") ? siteOrigin : undefined);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
