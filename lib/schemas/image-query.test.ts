import { describe, expect, it } from "vitest";
import { imageQuerySchema, imageQueryToSearchParams, parseImageQueryLenient } from "./image-query";

describe("image query schema", () => {
  it("applies the defaults", () => {
    expect(imageQuerySchema.parse({})).toEqual({
      page: 1,
      per_page: 24,
      sort: "date_added",
      dir: "desc",
      products: true,
    });
  });

  it("parses every field", () => {
    const query = imageQuerySchema.parse({
      page: "3",
      per_page: "48",
      sort: "title",
      dir: "asc",
      q: " harbor ",
      from: "2025-01-01",
      to: "2025-12-31",
      active: "false",
      library: "temporary",
      products: "false",
      guids: "5dbae1c2-addc-47ce-9468-843b9730aa52,5fd001ce-5db8-4e84-9010-e29499eadb3f",
    });
    expect(query).toMatchObject({
      page: 3,
      per_page: 48,
      sort: "title",
      dir: "asc",
      q: "harbor",
      active: false,
      library: "temporary",
      products: false,
    });
    expect(query.guids).toHaveLength(2);
  });

  it.each([
    { page: "0" },
    { page: "-1" },
    { page: "1.5" },
    { per_page: "51" },
    { per_page: "1000" },
    { sort: "price" },
    { dir: "up" },
    { from: "2025-13-01" },
    { to: "2025-02-30" },
    { from: "yesterday" },
    { active: "yes" },
    { library: "gallery" },
    { guids: "not-a-guid" },
    { q: "a\u0000b" },
    { from: "2025-05-02", to: "2025-05-01" },
  ])("rejects %o", (input) => {
    expect(imageQuerySchema.safeParse(input).success).toBe(false);
  });

  const GUID = "5dbae1c2-addc-47ce-9468-843b9730aa52";
  it.each([
    ["page", "0x10"],
    ["page", "1e1"],
    ["page", " 5"],
    ["page", "5 "],
    ["page", "5.0"],
    ["page", "+5"],
    ["page", "-0"],
    ["page", "Infinity"],
    ["page", "\u0663"],
    ["per_page", "0x10"],
    ["per_page", "1e1"],
    ["per_page", "0b11"],
    ["per_page", ""],
    ["guids", ",,,"],
    ["guids", `${GUID},`],
    ["guids", `,${GUID}`],
    ["guids", `${GUID},,${GUID}`],
    ["guids", " , "],
  ])("refuses %s=%j with an error on that field", (key, value) => {
    const result = imageQuerySchema.safeParse({ [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining([key]),
    );
  });

  it.each([
    [{ page: "7" }, { page: 7 }],
    [{ page: "007" }, { page: 7 }],
    [{ per_page: "50" }, { per_page: 50 }],
    [{ per_page: 12 }, { per_page: 12 }],
    [{ guids: ` ${GUID} ` }, { guids: [GUID] }],
  ])("accepts %j", (input, expected) => {
    expect(imageQuerySchema.parse(input)).toMatchObject(expected);
  });

  it("falls back to the default in page URLs for a number that is not decimal", () => {
    expect(
      parseImageQueryLenient(new URLSearchParams("per_page=0x10&page=1e1&q=sea")),
    ).toMatchObject({
      per_page: 24,
      page: 1,
      q: "sea",
    });
    expect(parseImageQueryLenient(new URLSearchParams("guids=,,,")).guids).toBeUndefined();
  });

  it("round-trips through the URL and leaves defaults out", () => {
    const query = imageQuerySchema.parse({
      page: "2",
      sort: "title",
      dir: "asc",
      q: "sea",
      active: "true",
    });
    const params = imageQueryToSearchParams(query);
    expect(params.toString()).toBe("page=2&sort=title&dir=asc&q=sea&active=true");
    expect(imageQuerySchema.parse(Object.fromEntries(params))).toEqual(query);
    expect(imageQueryToSearchParams(imageQuerySchema.parse({})).toString()).toBe("");
  });

  it("falls back to defaults for bad values in page URLs", () => {
    expect(
      parseImageQueryLenient(new URLSearchParams("page=abc&sort=title&per_page=999")),
    ).toMatchObject({ page: 1, sort: "title", per_page: 24 });
    expect(parseImageQueryLenient({ q: ["first", "second"] }).q).toBe("first");
  });
});
