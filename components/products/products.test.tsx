// @vitest-environment happy-dom
import { act } from "react";
import { describe, expect, it } from "vitest";
import { render } from "@/test/harness/render";
import { productMargin } from "@/lib/products/margin";
import { integrationIds } from "./integration-ids";
import { ProductCompactList } from "./product-compact-list";
import { ProductDetailsBody } from "./product-details";
import { labelsBesideSku, sortLabels } from "./product-labels";
import { mockupUrls, viewOfProduct } from "./product-view";
import { testProduct } from "./test-product";

const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe("ProductDetailsBody", () => {
  it("shows the SKU once, prices with the margin, the description open and the mock-ups", () => {
    const { container } = render(<ProductDetailsBody product={viewOfProduct(testProduct())} />);
    const text = container.textContent ?? "";
    expect(occurrences(text, "AP-1")).toBe(1);
    expect(text).toContain("FRM-8x10");
    expect(text).toContain("$24.50");
    expect(text).toContain("$59.00");
    expect(text).toContain("$34.50 (58.5 %)");
    // The description is shown, never behind a collapsed "Product details".
    expect(container.querySelector("details")).toBeNull();
    expect(container.querySelector("strong")?.textContent).toBe("text");
    const labelKeys = [...container.querySelectorAll("section dl dt")].map((dt) => dt.textContent);
    expect(labelKeys).toEqual(["type", "media"]);
    const mockups = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(mockups).toEqual(["https://cdn.example.com/m1.jpg", "https://cdn.example.com/m3.jpg"]);
  });

  it("says a loss in words and shows no margin without an asking price", () => {
    const { container, rerender } = render(
      <ProductDetailsBody product={viewOfProduct(testProduct({ asking_price: 20 }))} />,
    );
    expect(container.textContent).toContain("-$4.50 (-22.5 %) loss");
    rerender(<ProductDetailsBody product={viewOfProduct(testProduct({ asking_price: null }))} />);
    expect(container.textContent).not.toContain("loss");
  });
});

describe("ProductCompactList", () => {
  it("lists one line per product and opens one to its details", () => {
    const { container } = render(
      <ProductCompactList
        products={[testProduct(), testProduct({ sku: "AP-2", name: "Canvas" })]}
      />,
    );
    const buttons = [...container.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual([
      "Framed print 8x10Matte$59.00",
      "CanvasMatte$59.00",
    ]);
    expect(container.textContent).not.toContain("FRM-8x10");
    act(() => buttons[1]!.click());
    expect(buttons[1]!.getAttribute("aria-expanded")).toBe("true");
    const panel = container.querySelector(
      `#${CSS.escape(buttons[1]!.getAttribute("aria-controls")!)}`,
    )!;
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.textContent).toContain("AP-2");
    expect(buttons[0]!.getAttribute("aria-expanded")).toBe("false");
  });
});

describe("product helpers", () => {
  it.each([
    { asking: 59, cost: 24.5, want: { amount: 34.5, pct: 58.5 } },
    { asking: 20, cost: 20, want: { amount: 0, pct: 0 } },
    { asking: 10, cost: 12.5, want: { amount: -2.5, pct: -25 } },
    { asking: 0, cost: 5, want: null },
    { asking: null, cost: 5, want: null },
  ])("margin of $asking over $cost", ({ asking, cost, want }) => {
    expect(productMargin(asking, cost)).toEqual(want);
  });

  it("orders labels by priority and drops only the label that repeats the SKU", () => {
    expect(sortLabels(testProduct().labels).map((l) => l.key)).toEqual(["sku", "type", "media"]);
    expect(sortLabels(null)).toEqual([]);
    expect(labelsBesideSku(testProduct().labels, "AP-1").map((l) => l.key)).toEqual([
      "type",
      "media",
    ]);
    expect(labelsBesideSku(testProduct().labels, "OTHER").map((l) => l.key)).toEqual([
      "sku",
      "type",
      "media",
    ]);
  });

  it("keeps the filled mock-up slots in order", () => {
    expect(mockupUrls(testProduct())).toEqual([
      "https://cdn.example.com/m1.jpg",
      "https://cdn.example.com/m3.jpg",
    ]);
  });

  it.each([
    { value: null, want: [] },
    { value: "x", want: [] },
    {
      value: { etsy_id: "123", shop: 7, empty: "", nested: { a: 1 } },
      want: [
        ["etsy_id", "123"],
        ["shop", "7"],
      ],
    },
    {
      value: [{ id: "a" }, { id: "b" }],
      want: [
        ["id", "a"],
        ["id", "b"],
      ],
    },
  ])("integration ids of $value", ({ value, want }) => {
    expect(integrationIds(value)).toEqual(want);
  });
});
