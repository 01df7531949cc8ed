import { describe, expect, it } from "vitest";
import { spanOf } from "./span-of.ts";

const body = "Dia berkata 😀 siap.";
const emoji = body.indexOf("😀");

describe("spanOf", () => {
  it("trims the span and moves its offsets with it", () => {
    expect(spanOf(body, 3, 12)).toEqual({ start: 4, end: 11, text: "berkata" });
  });

  it("takes a whole emoji, on either side of it", () => {
    expect(spanOf(body, emoji, emoji + 2).text).toBe("😀");
  });

  it.each([
    ["end", 0, emoji + 1],
    ["start", emoji + 1, body.length],
  ])("refuses a span whose %s falls inside an emoji", (field, start, end) => {
    expect(() => spanOf(body, start, end)).toThrow(expect.objectContaining({ code: "validation", fields: { [field]: ["Start and end the span between characters."] } }));
  });

  it("refuses a span past the end or of white space alone", () => {
    expect(() => spanOf(body, 0, body.length + 1)).toThrow(expect.objectContaining({ fields: { end: [`The article has ${body.length} characters.`] } }));
    expect(() => spanOf(body, 3, 4)).toThrow(expect.objectContaining({ fields: { start: ["Select some words of the article."] } }));
  });
});
