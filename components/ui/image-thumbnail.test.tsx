// @vitest-environment happy-dom
import { act } from "react";
import { describe, expect, it } from "vitest";
import { render } from "@/test/harness/render";
import { ImageThumbnail } from "./image-thumbnail";
// happy-dom never loads images and calls every <img> complete: make them "still loading".
Object.defineProperty(HTMLImageElement.prototype, "complete", {
  configurable: true,
  get: () => false,
});

describe("ImageThumbnail", () => {
  it("shows a named fallback when the file fails", () => {
    const { container } = render(
      <ImageThumbnail
        src="http://example.invalid/x.jpg"
        alt="Harbor at dusk"
        width={600}
        height={400}
      />,
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
    const { container } = render(
      <ImageThumbnail src="/a.jpg" alt="A" width={600} height={400} priority />,
    );
    const img = container.querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("eager");
    expect(img.getAttribute("fetchpriority")).toBe("high");
    expect(img.getAttribute("width")).toBe("600");
  });

  it.each([
    ["a card (default)", {}, "auto"],
    ["a table row's icon", { fetchPriority: "low" as const, variant: "icon" as const }, "low"],
  ])("loads %s lazily, decoded off the main thread, at %s priority", (_, props, expected) => {
    const { container } = render(
      <ImageThumbnail src="/a.jpg" alt="A" width={60} height={40} {...props} />,
    );
    const img = container.querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("decoding")).toBe("async");
    expect(img.getAttribute("fetchpriority")).toBe(expected);
  });

  it("asks for the file only once it has stayed on screen for loadAfterMs", async () => {
    const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
    const thumb = (src: string) => (
      <ImageThumbnail src={src} alt="Row" width={600} height={400} loadAfterMs={40} />
    );
    const { container, rerender } = render(thumb("/first.jpg"));
    expect(container.querySelector("img")).toBeNull();
    // Changed before it settled: the first file is never asked for.
    await wait(20);
    rerender(thumb("/second.jpg"));
    await wait(25);
    expect(container.querySelector("img")).toBeNull();
    await wait(30);
    expect(container.querySelector("img")?.getAttribute("src")).toBe("/second.jpg");
  });

  it("cancels a file still loading when the thumbnail goes away", () => {
    const { container, rerender } = render(
      <ImageThumbnail src="/a.jpg" alt="A" width={600} height={400} />,
    );
    const img = container.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("/a.jpg");
    rerender(<p>gone</p>);
    expect(img.hasAttribute("src")).toBe(false);
  });
});
