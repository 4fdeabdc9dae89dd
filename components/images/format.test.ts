import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDimensions,
  formatFileSize,
  formatMoney,
  imageDisplayTitle,
  isoDay,
} from "./format";

describe("image formatting", () => {
  it("sizes files in binary units", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(2048)).toBe("2.0 KB");
    expect(formatFileSize(5_400_000)).toBe("5.1 MB");
    expect(formatFileSize(300 * 1024 * 1024)).toBe("300 MB");
    expect(formatFileSize(null)).toBe("—");
    expect(formatFileSize(-1)).toBe("—");
  });

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
    expect(imageDisplayTitle({ title: null, file_name: null })).toBe("Untitled image");
  });
});
