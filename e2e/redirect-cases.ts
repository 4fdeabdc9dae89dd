/**
 * callbackUrl values and the same-site path each must lead to, for a site at `origin`. One table
 * drives the unit test of safeCallbackPath, the server redirect of /login and the browser sign-in.
 * `browser` marks the ones a real form sign-in also walks through (each costs a sign-in).
 */
export interface RedirectCase {
  name: string;
  value: string;
  expected: string;
  browser?: boolean;
}

const EVIL = "evil.example";

const on = (name: string, value: string, expected: string, browser = false): RedirectCase => ({
  name,
  value,
  expected,
  browser,
});
const off = (name: string, value: string, browser = false): RedirectCase => ({
  name,
  value,
  expected: "/images",
  browser,
});

export function redirectCases(origin: string): RedirectCase[] {
  const site = new URL(origin);
  const otherPort = `${site.protocol}//${site.hostname}:${Number(site.port || 80) + 1}`;
  const otherScheme = `${site.protocol === "https:" ? "http:" : "https:"}//${site.host}`;
  return [
    // Paths on this site are kept (normalised the way the browser would).
    on("plain path", "/images/new", "/images/new", true),
    on("path with a query", "/images?q=sunset&page=2", "/images?q=sunset&page=2", true),
    on("path with a fragment", "/images#top", "/images#top"),
    on("encoded percent in the query", "/images?q=100%25", "/images?q=100%25"),
    on("relative path without a slash", "images/new", "/images/new"),
    on("dot segments inside the site", "/images/new/../../admin", "/admin"),
    on("encoded dot segments inside the site", "/images/%2e%2e/images/new", "/images/new"),
    on("absolute URL on this origin", `${origin}/images/new`, "/images/new", true),
    on("this origin in upper case", `${origin.toUpperCase()}/images/new`, "/images/new"),
    on("a query that names another site", `/images?next=//${EVIL}`, `/images?next=//${EVIL}`),
    on("scheme-relative trick the parser keeps on site", `${site.protocol}${EVIL}`, `/${EVIL}`),

    // Everything else lands on /images.
    off("missing", ""),
    off("blank", "   "),
    off("absolute URL elsewhere", `https://${EVIL}/images`),
    off("mixed-case scheme elsewhere", `HtTpS://${EVIL.toUpperCase()}/`),
    off("same host, another port", `${otherPort}/images`, true),
    off("same host, another scheme", `${otherScheme}/images`),
    off("user info naming this host", `${site.protocol}//${site.host}@${EVIL}/`),
    off(
      "other scheme without slashes",
      `${site.protocol === "https:" ? "http:" : "https:"}${EVIL}`,
    ),
    off("protocol-relative", `//${EVIL}`, true),
    off("three slashes", `///${EVIL}`),
    off("leading space then protocol-relative", ` //${EVIL}`),
    off("slash backslash", `/\\${EVIL}`, true),
    off("two backslashes", `\\\\${EVIL}`),
    off("tab between the slashes", `/\t/${EVIL}`, true),
    off("newline between the slashes", `/\n/${EVIL}`),
    off("NUL in the path", `/\u0000/${EVIL}`),
    off("encoded tab between the slashes", `/%09/${EVIL}`),
    off("encoded slashes", `%2F%2F${EVIL}`, true),
    off("one encoded slash", `/%2F${EVIL}`),
    off("encoded backslash", `/%5C${EVIL}`),
    off("double-encoded slashes", `%252F%252F${EVIL}`, true),
    off("triple-encoded slashes", `%25252F%25252F${EVIL}`),
    off("encoded absolute URL", `https%3A%2F%2F${EVIL}%2F`),
    off("dot segments out to another host", `/..//${EVIL}`, true),
    off("deeper dot segments out to another host", `/images/../..//${EVIL}`),
    off("encoded dot segments out to another host", `/%2e%2e//${EVIL}`),
    off("javascript: URL", "javascript:alert(document.domain)", true),
    off("mixed-case javascript: URL", "JaVaScRiPt:alert(1)"),
    off("javascript: with a tab inside the scheme", "java\tscript:alert(1)"),
    off("data: URL", "data:text/html,<script>alert(1)</script>", true),
    off("malformed percent-encoding", "%E0%A4%A"),
    off("a lone percent sign", "/images%"),
    off("the sign-in page", "/login", true),
    off("the sign-in page with its own callback", "/login?callbackUrl=%2Fadmin"),
    off("the sign-in page with a slash", "/login/"),
    off("the sign-in page as an absolute URL", `${origin}/login`),
    off("the sign-in page behind dot segments", "/images/../login"),
  ];
}
