import { describe, expect, it } from "vitest";
import { imageListResponseSchema } from "@/lib/schemas/image-list";
import { imageDetailsSchema, listImagesResponseSchema } from "./finerworks";

const WIRE = {
  id: 1,
  guid: "5DBAE1C2-ADDC-47CE-9468-843B9730AA52",
  title: "Harbor",
  description: "At dawn",
  file_name: "harbor.jpg",
  file_size: 1000,
  thumbnail_file_name: null,
  preview_file_name: null,
  hires_file_name: null,
  public_thumbnail_uri: null,
  public_preview_uri: null,
  personal_gallery_title: null,
  members_gallery_category: null,
  private_hires_uri: null,
  pix_w: null,
  pix_h: null,
  date_added: "2025-01-01T00:00:00",
  date_expires: null,
  active: true,
  products: null,
};
const { title: _title, description: _description, ...withoutText } = WIRE;

describe("image_details where FinerWorks data enters", () => {
  it.each([
    ["null title and description", { ...WIRE, title: null, description: null }, "", ""],
    ["missing title and description", withoutText, "", ""],
    ["empty strings", { ...WIRE, title: "", description: "" }, "", ""],
    ["text kept as sent", { ...WIRE, title: " Harbor ", description: "a\nb" }, " Harbor ", "a\nb"],
  ])("%s: the app sees strings", (_name, wire, title, description) => {
    const image = imageDetailsSchema.parse(wire);
    expect(image).toMatchObject({ title, description });
    expect(image.guid).toBe("5dbae1c2-addc-47ce-9468-843b9730aa52");
  });

  it("keeps FinerWorks' field names through a list answer, and parses the same in the browser", () => {
    const page = listImagesResponseSchema.parse({
      status: { success: true, status_code: 200 },
      images: [{ ...WIRE, title: null }],
      page_number: 1,
      per_page: 24,
      count: 1,
    });
    const answer = { images: page.images, page_number: 1, per_page: 24, count: 1 };
    const browser = imageListResponseSchema.parse(JSON.parse(JSON.stringify(answer)));
    expect(browser.images[0]).toEqual(page.images[0]);
    expect(Object.keys(browser.images[0] ?? {}).sort()).toEqual(Object.keys(WIRE).sort());
  });

  it("still refuses a title of the wrong type", () => {
    expect(imageDetailsSchema.safeParse({ ...WIRE, title: 7 }).success).toBe(false);
  });
});
