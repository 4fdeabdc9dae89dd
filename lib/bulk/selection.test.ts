// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import {
  clearSelection,
  clickImage,
  getSelection,
  MAX_SELECTION,
  resetSelectionForTests,
  selectedDetails,
  setSelected,
} from "./selection";

function image(n: number): ImageDetails {
  return {
    id: n,
    guid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    title: `Image ${n}`,
    description: "",
    file_name: `img-${n}.jpg`,
    file_size: 1,
    thumbnail_file_name: null,
    preview_file_name: null,
    hires_file_name: null,
    public_thumbnail_uri: null,
    public_preview_uri: null,
    personal_gallery_title: null,
    members_gallery_category: null,
    private_hires_uri: null,
    pix_w: 1,
    pix_h: 1,
    date_added: "2024-01-01T00:00:00Z",
    date_expires: null,
    active: true,
    products: null,
  };
}

const page = Array.from({ length: 10 }, (_, i) => image(i + 1));
const guids = (...ns: number[]) => ns.map((n) => page[n - 1]!.guid);

beforeEach(() => {
  sessionStorage.clear();
  resetSelectionForTests();
});

describe("selection", () => {
  it("a click toggles one image; Shift+click selects the range from the last click", () => {
    clickImage(page[1]!, page, false);
    clickImage(page[4]!, page, true);
    expect(getSelection().guids).toEqual(guids(2, 3, 4, 5));
    // Shift+click on a selected one unselects the range from the last click to it.
    clickImage(page[2]!, page, true);
    expect(getSelection().guids).toEqual(guids(2));
    clickImage(page[1]!, page, false);
    expect(getSelection().guids).toEqual([]);
  });

  it("upward ranges work too, and the details are kept", () => {
    clickImage(page[7]!, page, false);
    clickImage(page[5]!, page, true);
    expect(getSelection().guids).toEqual(guids(8, 6, 7));
    expect(selectedDetails(page[6]!.guid)?.title).toBe("Image 7");
  });

  it("survives a reload through sessionStorage, and Clear empties it", () => {
    setSelected(page.slice(0, 3), true);
    resetSelectionForTests();
    expect(getSelection().guids).toEqual(guids(1, 2, 3));
    expect(getSelection().has(page[0]!.guid)).toBe(true);
    clearSelection();
    resetSelectionForTests();
    expect(getSelection().guids).toEqual([]);
  });

  it(`stops at ${MAX_SELECTION} and says how many were left out`, () => {
    const many = Array.from({ length: MAX_SELECTION + 5 }, (_, i) => image(i + 1));
    expect(setSelected(many, true)).toBe(5);
    expect(getSelection().guids).toHaveLength(MAX_SELECTION);
  });

  it("a damaged stored selection is an empty one", () => {
    sessionStorage.setItem("finerworks:bulk-selection", "{not json");
    expect(getSelection().guids).toEqual([]);
  });
});
