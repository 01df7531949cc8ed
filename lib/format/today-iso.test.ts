import { describe, expect, it } from "vitest";
import { todayIso } from "./today-iso.ts";

describe("todayIso", () => {
  it("writes the local calendar date with zero padding", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(todayIso(new Date(2026, 10, 27, 0, 1))).toBe("2026-11-27");
  });
});
