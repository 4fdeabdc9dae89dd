// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProductDetails } from "@/lib/finerworks/schemas";
import { ImageThumbnail } from "./image-thumbnail";
import { ProductDisclosure } from "./product-disclosure";
import { sortLabels } from "./product-labels";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// happy-dom never loads images and calls every <img> complete: make them "still loading".
Object.defineProperty(HTMLImageElement.prototype, "complete", {
  configurable: true,
  get: () => false,
});

function product(overrides: Partial<ProductDetails> = {}): ProductDetails {
  return {
    monetary_format: "USD",
    quantity: 1,
    quantity_in_stock: null,
    sku: "AP-1",
    product_code: "FRM-8x10",
    price_details: null,
    per_item_price: 24.5,
    total_price: 24.5,
    asking_price: 59,
    name: "Framed print 8x10",
    description_short: "Short",
    description_long: "<p>Long <strong>text</strong></p>",
    labels: [
      { key: "media", value: "Matte", priority: 3 },
      { key: "sku", value: "AP-1", priority: 1 },
      { key: "type", value: "Framed", priority: 2 },
    ],
    image_url_1: null,
    image_url_2: null,
    image_url_3: null,
    image_url_4: null,
    image_url_5: null,
    image_guid: "g",
    product_size: null,
    third_party_integrations: null,
    framing_options: null,
    product_guid: "p1",
    debug: null,
    ...overrides,
  };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("ProductDisclosure", () => {
  it("expands in place, keeps its name and reports aria-expanded", async () => {
    act(() =>
      root.render(
        <ProductDisclosure
          products={[product(), product({ product_guid: "p2", name: "Canvas" })]}
        />,
      ),
    );
    const button = container.querySelector("button")!;
    expect(button.textContent).toBe("Show products (2)");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(container.querySelectorAll("li")).toHaveLength(0);

    act(() => button.click());
    expect(button.getAttribute("aria-expanded")).toBe("true");
    // The product list's code loads on demand.
    await vi.waitFor(async () => {
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(container.querySelectorAll("li").length).toBeGreaterThan(0);
    });
    expect(button.textContent).toBe("Show products (2)");
    expect(
      container.querySelector(`#${CSS.escape(button.getAttribute("aria-controls")!)}`),
    ).not.toBeNull();
    const text = container.textContent ?? "";
    expect(text).toContain("Framed print 8x10");
    expect(text).toContain("FRM-8x10");
    expect(text).toContain("$24.50");
    expect(text).toContain("$59.00");
    expect(text).toContain("USD");
    const keys = [...container.querySelectorAll("li:first-child dl[aria-label='Labels'] dt")].map(
      (dt) => dt.textContent,
    );
    expect(keys).toEqual(["sku", "type", "media"]);
  });

  it("renders nothing without products", () => {
    act(() => root.render(<ProductDisclosure products={[]} />));
    expect(container.innerHTML).toBe("");
  });
});

describe("sortLabels", () => {
  it("orders by priority and tolerates null", () => {
    expect(sortLabels(product().labels).map((l) => l.key)).toEqual(["sku", "type", "media"]);
    expect(sortLabels(null)).toEqual([]);
  });
});

describe("ImageThumbnail", () => {
  it("shows a named fallback when the file fails", () => {
    act(() =>
      root.render(
        <ImageThumbnail
          src="http://example.invalid/x.jpg"
          alt="Harbor at dusk"
          width={600}
          height={400}
        />,
      ),
    );
    const img = container.querySelector("img")!;
    expect(img.getAttribute("alt")).toBe("Harbor at dusk");
    expect(img.getAttribute("loading")).toBe("lazy");
    act(() => {
      img.dispatchEvent(new Event("error"));
    });
    expect(container.querySelector("img")).toBeNull();
    const fallback = container.querySelector("[role='img']")!;
    expect(fallback.getAttribute("aria-label")).toBe("Harbor at dusk");
    expect(fallback.textContent).toContain("Preview unavailable");
  });

  it("loads eagerly with high priority above the fold", () => {
    act(() =>
      root.render(<ImageThumbnail src="/a.jpg" alt="A" width={600} height={400} priority />),
    );
    const img = container.querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("eager");
    expect(img.getAttribute("fetchpriority")).toBe("high");
    expect(img.getAttribute("width")).toBe("600");
  });
});
