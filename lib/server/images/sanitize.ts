import "server-only";
import sanitizeHtml from "sanitize-html";
import type { ImageDetails, ProductDetails } from "@/lib/finerworks/schemas";

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

// description_long is HTML written upstream; only this allow-list ever reaches a browser.
const HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "b", "i", "em", "strong", "br", "span", "a"],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Links open elsewhere and never hand the opener or referrer to a third party.
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const kept: sanitizeHtml.Attributes = {};
      if (attribs.href && SAFE_LINK.test(attribs.href.trim())) Object.assign(kept, { href: attribs.href, rel: "noopener noreferrer nofollow", target: "_blank" });
      return { tagName, attribs: kept };
    },
  },
};

export function sanitizeProductHtml(html: string): string {
  return sanitizeHtml(html, HTML_OPTIONS);
}

const SAFE_URL = /^https?:\/\//i;

/** Image URLs go into src/href attributes: anything but http(s) is dropped. */
export function safeUrl(value: string | null): string | null {
  return value !== null && SAFE_URL.test(value.trim()) ? value : null;
}

function sanitizeProduct(product: ProductDetails): ProductDetails {
  return {
    ...product,
    description_long: product.description_long === null ? null : sanitizeProductHtml(product.description_long),
    image_url_1: safeUrl(product.image_url_1),
    image_url_2: safeUrl(product.image_url_2),
    image_url_3: safeUrl(product.image_url_3),
    image_url_4: safeUrl(product.image_url_4),
    image_url_5: safeUrl(product.image_url_5),
  };
}

/** An upstream image made safe to hand to a browser (field names unchanged). */
export function sanitizeImage(image: ImageDetails): ImageDetails {
  return {
    ...image,
    public_thumbnail_uri: safeUrl(image.public_thumbnail_uri),
    public_preview_uri: safeUrl(image.public_preview_uri),
    private_hires_uri: safeUrl(image.private_hires_uri),
    products: image.products?.map(sanitizeProduct) ?? null,
  };
}
