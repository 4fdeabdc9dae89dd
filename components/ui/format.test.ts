import { describe, expect, it } from "vitest";
import { formatDate, formatDimensions, formatMoney, imageDisplayTitle, isoDay } from "./format";

describe("image formatting", () => {
  it("formats dates by calendar day, whatever the zone", () => {
    expect(formatDate("2024-03-01T23:59:00")).toBe("Mar 1, 2024");
    expect(formatDate("2024-03-01T00:30:00+05:00")).toBe("Mar 1, 2024");
    expect(formatDate(null)).toBe("—");
    expect(isoDay("2024-03-01T10:00:00Z")).toBe("2024-03-01");
  });

  it("shows dimensions and prices", () => {
    expect(formatDimensions(6000, 4000)).toBe("6,000 × 4,000 px");
    expect(formatDimensions(null, 4000)).toBe("—");
    expect(formatMoney(12.5, "USD")).toBe("$12.50");
    expect(formatMoney(12.5, "{0:C}")).toBe("12.50");
    expect(formatMoney(null, "USD")).toBe("—");
  });

  it("falls back from title to file name", () => {
    expect(imageDisplayTitle({ title: " Harbor ", file_name: "a.jpg" })).toBe("Harbor");
    expect(imageDisplayTitle({ title: "", file_name: "a.jpg" })).toBe("a.jpg");
    expect(imageDisplayTitle({ title: " ", file_name: null })).toBe("Untitled image");
  });
});
