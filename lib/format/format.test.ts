import { describe, expect, it } from "vitest";
import { countOf } from "./count-of.ts";
import { formatBytes } from "./format-bytes.ts";
import { formatDate, formatDateTime } from "./format-date.ts";
import { formatScore } from "./format-score.ts";
import { truncate } from "./truncate.ts";

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

describe("truncate", () => {
  it("leaves short text alone but for its whitespace", () => {
    expect(truncate("  Janji\npengiriman  ", 40)).toBe("Janji pengiriman");
  });

  it("cuts long text at a word near the limit, with an ellipsis, within the limit", () => {
    const cut = truncate("Janji pengiriman peralatan perang berat baru-baru ini", 30);
    expect(cut).toBe("Janji pengiriman peralatan…");
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it("cuts mid-word when the only space is far back", () => {
    expect(truncate("Ab Pengirimanperalatanperang", 10)).toBe("Ab Pengir…");
  });
});

describe("formatDateTime", () => {
  it("gives the day and the minute in UTC, saying so", () => {
    expect(formatDateTime("2023-01-16T23:30:59.000Z")).toBe("16 Jan 2023, 23:30 UTC");
  });

  it("gives null for nonsense", () => {
    expect(formatDateTime("yesterday")).toBeNull();
  });
});

describe("countOf", () => {
  it("puts the noun in the number the count needs", () => {
    expect(countOf(1, "quote")).toBe("1 quote");
    expect(countOf(0, "claim")).toBe("0 claims");
    expect(countOf(1200, "item")).toBe("1,200 items");
    expect(countOf(2, "person", "people")).toBe("2 people");
  });
});
