import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spanContext } from "./span-context.ts";

const seed = readFileSync("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt", "utf8");
const join = (c: ReturnType<typeof spanContext>) => c.before + c.text + c.after;

describe("spanContext", () => {
  it("shows the whole paragraph around a span in a short paragraph, and nothing of the next", () => {
    const body = "First paragraph.\nHe said \"we will win\" today.\nNext one.";
    const start = body.indexOf("we will");
    const c = spanContext(body, start, start + "we will win".length);
    expect(c).toEqual({ before: 'He said "', text: "we will win", after: '" today.', clippedBefore: false, clippedAfter: false });
  });

  it("cuts a long paragraph at sentence boundaries within reach, and says it did", () => {
    const para = seed.split("\n").find((l) => l.includes("Janji pengiriman"))!;
    const body = `Intro.\n${"Kalimat panjang pertama yang tidak relevan. ".repeat(12)}${para} ${"Kalimat sesudahnya. ".repeat(20)}`;
    const start = body.indexOf("Janji pengiriman");
    const end = start + "Janji pengiriman peralatan perang berat adalah penting".length;
    const c = spanContext(body, start, end, 120);
    expect(c.text).toBe(body.slice(start, end));
    expect(c.clippedBefore).toBe(true);
    expect(c.clippedAfter).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(120);
    expect(c.before.startsWith("Kalimat panjang")).toBe(true);
    // No sentence ends within reach after the span: the cut falls between words.
    expect(c.after.length).toBeLessThanOrEqual(120);
    expect(body[end + c.after.length]).toMatch(/\s/);
    expect(body.includes(join(c))).toBe(true);
  });

  it("ends at a sentence's end when one is within reach", () => {
    const body = `Before. SPAN here. Then a long tail of words ${"and more ".repeat(40)}`;
    const c = spanContext(body, body.indexOf("SPAN"), body.indexOf("SPAN") + 4, 60);
    expect(c.after).toBe(" here.");
    expect(c.clippedAfter).toBe(true);
  });

  it("falls back to a word boundary when no sentence ends within reach", () => {
    const body = `${"word ".repeat(100)}SPAN${" more".repeat(100)}`;
    const start = body.indexOf("SPAN");
    const c = spanContext(body, start, start + 4, 30);
    expect(c.before).toMatch(/^word/);
    expect(c.after).toMatch(/more$/);
    expect(c.before.length).toBeLessThanOrEqual(30);
  });

  it("keeps a span that crosses a line break whole, with both paragraphs' edges around it", () => {
    const body = "One two.\nThree four.";
    const c = spanContext(body, body.indexOf("two"), body.indexOf(" four"));
    expect(c).toMatchObject({ before: "One ", text: "two.\nThree", after: " four." });
  });

  it("clamps offsets outside the body instead of throwing", () => {
    expect(spanContext("abc", -5, 99)).toMatchObject({ before: "", text: "abc", after: "" });
    expect(spanContext("abc", 2, 1)).toMatchObject({ text: "" });
  });
});
