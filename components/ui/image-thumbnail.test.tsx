// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ImageThumbnail } from "./image-thumbnail";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// happy-dom never loads images and calls every <img> complete: make them "still loading".
Object.defineProperty(HTMLImageElement.prototype, "complete", {
  configurable: true,
  get: () => false,
});

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

  it.each([
    ["a card (default)", {}, "auto"],
    ["a table row's icon", { fetchPriority: "low" as const, variant: "icon" as const }, "low"],
  ])("loads %s lazily, decoded off the main thread, at %s priority", (_, props, expected) => {
    act(() =>
      root.render(<ImageThumbnail src="/a.jpg" alt="A" width={60} height={40} {...props} />),
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
    act(() => root.render(thumb("/first.jpg")));
    expect(container.querySelector("img")).toBeNull();
    // Changed before it settled: the first file is never asked for.
    await wait(20);
    act(() => root.render(thumb("/second.jpg")));
    await wait(25);
    expect(container.querySelector("img")).toBeNull();
    await wait(30);
    expect(container.querySelector("img")?.getAttribute("src")).toBe("/second.jpg");
  });

  it("cancels a file still loading when the thumbnail goes away", () => {
    act(() => root.render(<ImageThumbnail src="/a.jpg" alt="A" width={600} height={400} />));
    const img = container.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("/a.jpg");
    act(() => root.render(<p>gone</p>));
    expect(img.hasAttribute("src")).toBe(false);
  });
});
