import { describe, expect, it } from "vitest";
import { imageDetailsSchema, productDetailsSchema } from "@/lib/schemas/finerworks";
import { guidSchema, wireGuidSchema } from "./guid";
import { updateImagesBodySchema } from "./image-input";
import { imageQuerySchema } from "./image-query";

const LOWER = "5dbae1c2-addc-47ce-9468-843b9730aa52";
const UPPER = LOWER.toUpperCase();
const MIXED = "5DBae1c2-ADDC-47ce-9468-843B9730aa52";

describe("guids are lower case from where they enter", () => {
  it.each([LOWER, UPPER, MIXED])("user input %s becomes the lower-case guid", (input) => {
    expect(guidSchema.parse(input)).toBe(LOWER);
    expect(imageQuerySchema.parse({ guids: `${input},${LOWER}` }).guids).toEqual([LOWER, LOWER]);
    expect(
      updateImagesBodySchema.parse({ images: [{ guid: input, title: "t" }] }).images[0]?.guid,
    ).toBe(LOWER);
  });

  it.each([
    "",
    "5dbae1c2addc47ce9468843b9730aa52",
    "{5dbae1c2-addc-47ce-9468-843b9730aa52}",
    "5dbae1c2-addc-47ce-9468-843b9730aa5g",
    " 5dbae1c2-addc-47ce-9468-843b9730aa52",
    "------------------------------------",
  ])("refuses %j as a guid", (input) => {
    expect(guidSchema.safeParse(input).success).toBe(false);
  });

  it("refuses the same image twice in one update, whatever the case", () => {
    const twice = {
      images: [
        { guid: LOWER, title: "a" },
        { guid: UPPER, title: "b" },
      ],
    };
    expect(updateImagesBodySchema.safeParse(twice).success).toBe(false);
  });

  it("lower-cases every guid in a FinerWorks answer without refusing odd ones", () => {
    expect(wireGuidSchema.parse(MIXED)).toBe(LOWER);
    expect(wireGuidSchema.parse("legacy-ID-7")).toBe("legacy-id-7");
    const product = productDetailsSchema.shape;
    expect(product.image_guid.parse(UPPER)).toBe(LOWER);
    expect(product.product_guid.parse(MIXED)).toBe(LOWER);
    expect(imageDetailsSchema.shape.guid.parse(UPPER)).toBe(LOWER);
  });
});
