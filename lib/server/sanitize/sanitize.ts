import "server-only";
import sanitizeHtml from "sanitize-html";
import type { ImageDetails, ProductDetails } from "@/lib/schemas/finerworks";
import { BoundedLru } from "@/lib/lru";
import { browserImageUrl } from "@/lib/server/media/browser-url";

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

// description_long is HTML written upstream; only this allow-list ever reaches a browser.
const HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "b",
    "i",
    "em",
    "strong",
    "br",
    "span",
    "a",
  ],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Links open elsewhere and never hand the opener or referrer to a third party.
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const kept: sanitizeHtml.Attributes = {};
      if (attribs.href && SAFE_LINK.test(attribs.href.trim()))
        Object.assign(kept, {
          href: attribs.href,
          rel: "noopener noreferrer nofollow",
          target: "_blank",
        });
      return { tagName, attribs: kept };
    },
  },
};

// sanitize-html parses the whole document, ~60 us for a typical product description: ~1 ms of
// CPU per 50-image page, the largest cost in our own code on GET /api/images. The result depends
// only on the input string and a library repeats the same few product descriptions on every page,
// so results are memoised by content. Bounded both ways: at most SANITIZE_MEMO_ENTRIES entries,
// none longer than SANITIZE_MEMO_MAX_CHARS (longer ones are sanitised every time), so the memo
// stays under ~10 MB whatever upstream sends.
export const SANITIZE_MEMO_ENTRIES = 256;
export const SANITIZE_MEMO_MAX_CHARS = 8 * 1024;
const memo = new BoundedLru<string, string>(SANITIZE_MEMO_ENTRIES);

export function sanitizeProductHtml(html: string): string {
  if (html.length > SANITIZE_MEMO_MAX_CHARS) return sanitizeHtml(html, HTML_OPTIONS);
  let clean = memo.get(html);
  if (clean === undefined) {
    clean = sanitizeHtml(html, HTML_OPTIONS);
    memo.set(html, clean);
  }
  return clean;
}

const SAFE_URL = /^https?:\/\//i;

/** Image URLs go into src/href attributes: anything but http(s) is dropped. */
export function safeUrl(value: string | null): string | null {
  return value !== null && SAFE_URL.test(value.trim()) ? value : null;
}

/** A safe URL as the browser loads it: media the app serves itself becomes same-origin. */
export const browserUrl = (value: string | null) => browserImageUrl(safeUrl(value));

export function sanitizeProduct(product: ProductDetails): ProductDetails {
  return {
    ...product,
    description_long:
      product.description_long === null ? null : sanitizeProductHtml(product.description_long),
    image_url_1: browserUrl(product.image_url_1),
    image_url_2: browserUrl(product.image_url_2),
    image_url_3: browserUrl(product.image_url_3),
    image_url_4: browserUrl(product.image_url_4),
    image_url_5: browserUrl(product.image_url_5),
  };
}

/** An upstream image made safe to hand to a browser (field names unchanged, own media same-origin). */
export function sanitizeImage(image: ImageDetails): ImageDetails {
  return {
    ...image,
    public_thumbnail_uri: browserUrl(image.public_thumbnail_uri),
    public_preview_uri: browserUrl(image.public_preview_uri),
    private_hires_uri: browserUrl(image.private_hires_uri),
    products: image.products?.map(sanitizeProduct) ?? null,
  };
}
