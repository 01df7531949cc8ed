import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes.ts";
import { formatDate } from "./format-date.ts";
import { formatScore } from "./format-score.ts";

describe("formatDate", () => {
  it("shows a calendar date as written, whatever the server's time zone", () => {
    expect(formatDate("2023-01-16")).toBe("16 Jan 2023");
    expect(formatDate("2023-01-16T23:30:00.000Z")).toBe("16 Jan 2023");
  });

  it("gives null for a missing or unreadable date", () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate("")).toBeNull();
    expect(formatDate("not a date")).toBeNull();
  });
});

describe("formatBytes", () => {
  it("uses the same decimal units as the 1 MB import limit", () => {
    expect(formatBytes(812)).toBe("812 B");
    expect(formatBytes(34_400)).toBe("34 KB");
    expect(formatBytes(1_000_000)).toBe("1 MB");
    expect(formatBytes(1_420_000)).toBe("1.4 MB");
  });
});

describe("formatScore", () => {
  it("prints two decimals, and a dash when there is no score", () => {
    expect(formatScore(0.8)).toBe("0.80");
    expect(formatScore(0.825)).toMatch(/^0\.8[23]$/);
    expect(formatScore(1)).toBe("1.00");
    expect(formatScore(null)).toBe("–");
  });
});
