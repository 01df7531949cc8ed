import { describe, expect, it } from "vitest";
import { segmentLines, segmentSpans, type Segment } from "./segment-spans.ts";

/** Segments as [text, ids] pairs: the shape a reader checks by eye. */
const shape = (segments: Segment[]) => segments.map((s) => [s.text, s.spanIds]);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("segmentSpans", () => {
  it("returns the whole text as one plain segment when nothing is highlighted", () => {
    expect(shape(segmentSpans("Plain text.", []))).toEqual([["Plain text.", []]]);
    expect(segmentSpans("", [])).toEqual([]);
  });

  it("cuts around a single span in the middle", () => {
    expect(shape(segmentSpans("ab QUOTE cd", [{ id: "q", start: 3, end: 8 }]))).toEqual([
      ["ab ", []],
      ["QUOTE", ["q"]],
      [" cd", []],
    ]);
  });

  it("handles spans at offset 0 and at the very end of the text without empty segments", () => {
    const text = "Start middle end";
    const segments = segmentSpans(text, [
      { id: "a", start: 0, end: 5 },
      { id: "z", start: 13, end: 16 },
    ]);
    expect(shape(segments)).toEqual([
      ["Start", ["a"]],
      [" middle ", []],
      ["end", ["z"]],
    ]);
    expect(segments.every((s) => s.end > s.start)).toBe(true);
  });

  it("stacks a quote nested inside a claim, claim outermost", () => {
    const text = "He said she would send tanks soon.";
    const claim = { id: "claim", start: 0, end: text.length };
    const quote = { id: "quote", start: text.indexOf("would"), end: text.indexOf(" soon") };
    // Order in the input must not matter: the wider span wraps the narrower one.
    for (const spans of [[claim, quote], [quote, claim]]) {
      expect(shape(segmentSpans(text, spans))).toEqual([
        ["He said she ", ["claim"]],
        ["would send tanks", ["claim", "quote"]],
        [" soon.", ["claim"]],
      ]);
    }
  });

  it("splits crossing spans into three runs, earlier start outermost where they overlap", () => {
    expect(shape(segmentSpans("0123456789", [
      { id: "b", start: 4, end: 10 },
      { id: "a", start: 0, end: 6 },
    ]))).toEqual([
      ["0123", ["a"]],
      ["45", ["a", "b"]],
      ["6789", ["b"]],
    ]);
  });

  it("keeps adjacent spans apart: the end of one is the start of the next", () => {
    expect(shape(segmentSpans("oneTWO", [
      { id: "1", start: 0, end: 3 },
      { id: "2", start: 3, end: 6 },
    ]))).toEqual([
      ["one", ["1"]],
      ["TWO", ["2"]],
    ]);
  });

  it("puts two spans with the same bounds on the same segment in input order", () => {
    expect(shape(segmentSpans("same", [
      { id: "x", start: 0, end: 4 },
      { id: "y", start: 0, end: 4 },
    ]))).toEqual([["same", ["x", "y"]]]);
  });

  it("orders spans sharing a start by length, longest outermost", () => {
    expect(shape(segmentSpans("abcdef", [
      { id: "short", start: 0, end: 2 },
      { id: "long", start: 0, end: 6 },
    ]))).toEqual([
      ["ab", ["long", "short"]],
      ["cdef", ["long"]],
    ]);
  });

  it("clips spans that run past either end and drops empty or inverted ones", () => {
    expect(shape(segmentSpans("abc", [
      { id: "past", start: 2, end: 99 },
      { id: "before", start: -5, end: 1 },
      { id: "empty", start: 1, end: 1 },
      { id: "inverted", start: 2, end: 1 },
      { id: "outside", start: 10, end: 12 },
    ]))).toEqual([
      ["a", ["before"]],
      ["b", []],
      ["c", ["past"]],
    ]);
  });

  it("uses offsets as UTF-16 indices, so emoji and accented text slice exactly", () => {
    const text = "Dia bilang 👍🏽 \"keren\" — café";
    const start = text.indexOf("👍");
    const end = text.indexOf(" \"");
    const quote = { id: "q", start: text.indexOf("keren"), end: text.indexOf("keren") + 5 };
    const segments = segmentSpans(text, [{ id: "e", start, end }, quote, { id: "c", start: text.length - 4, end: text.length }]);
    expect(joined(segments)).toBe(text);
    expect(segments.find((s) => s.spanIds.includes("e"))!.text).toBe("👍🏽");
    expect(segments.find((s) => s.spanIds.includes("q"))!.text).toBe("keren");
    expect(segments.find((s) => s.spanIds.includes("c"))!.text).toBe("café");
  });

  it("reads span offsets relative to `offset` when given a slice of a larger body", () => {
    const body = "first line\nsecond line";
    const segments = segmentSpans(body.slice(11), [{ id: "w", start: 18, end: 22 }], 11);
    expect(shape(segments)).toEqual([
      ["second ", []],
      ["line", ["w"]],
    ]);
    expect(segments[1]).toMatchObject({ start: 18, end: 22 });
  });

  it("never loses or repeats a character, whatever the spans", () => {
    const text = "Ukraina membantah klaim tersebut dan mengatakan pertempuran sengit terus berlanjut.";
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 9301 + 49297) % 233280) % n;
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: rand(6) }, (_, i) => {
        const a = rand(text.length + 4) - 2;
        return { id: String(i), start: a, end: a + rand(30) };
      });
      const segments = segmentSpans(text, spans);
      expect(joined(segments)).toBe(text);
      for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe("segmentLines", () => {
  it("gives one line per \"\\n\", empty lines included, with body offsets", () => {
    const lines = segmentLines("One.\n\nTwo.", []);
    expect(lines.map((l) => [l.start, l.end, shape(l.segments)])).toEqual([
      [0, 4, [["One.", []]]],
      [5, 5, []],
      [6, 10, [["Two.", []]]],
    ]);
  });

  it("draws a span that crosses a line break on both lines, and on no others", () => {
    const body = "Line one ends\nline two starts\nthird";
    const span = { id: "q", start: body.indexOf("ends"), end: body.indexOf(" starts") };
    const lines = segmentLines(body, [span]);
    expect(shape(lines[0]!.segments)).toEqual([
      ["Line one ", []],
      ["ends", ["q"]],
    ]);
    expect(shape(lines[1]!.segments)).toEqual([
      ["line two", ["q"]],
      [" starts", []],
    ]);
    expect(shape(lines[2]!.segments)).toEqual([["third", []]]);
  });

  it("keeps a span that starts right after a newline on its own line only", () => {
    const body = "ab\ncd";
    const lines = segmentLines(body, [{ id: "x", start: 3, end: 5 }, { id: "y", start: 0, end: 2 }]);
    expect(shape(lines[0]!.segments)).toEqual([["ab", ["y"]]]);
    expect(shape(lines[1]!.segments)).toEqual([["cd", ["x"]]]);
  });

  it("matches the seed article's nesting: a claim holding an indirect quote", () => {
    const body = "Dia berbicara setelah Rishi Sunak berjanji untuk menyediakan tank ke Ukraina.\nBaris lain.";
    const claim = { id: "claim", start: 0, end: body.indexOf("\n") };
    const quote = { id: "quote", start: body.indexOf("menyediakan"), end: body.indexOf(" ke Ukraina") + 11 };
    const [first, second] = segmentLines(body, [quote, claim]);
    expect(shape(first!.segments)).toEqual([
      ["Dia berbicara setelah Rishi Sunak berjanji untuk ", ["claim"]],
      ["menyediakan tank ke Ukraina", ["claim", "quote"]],
      [".", ["claim"]],
    ]);
    expect(shape(second!.segments)).toEqual([["Baris lain.", []]]);
  });

  it("keeps markup-looking text as plain text: segmenting never interprets it", () => {
    const body = '<script>alert("x")</script> & <b>bold</b>';
    const lines = segmentLines(body, [{ id: "s", start: 0, end: 8 }]);
    expect(lines[0]!.segments.map((s) => s.text).join("")).toBe(body);
    expect(lines[0]!.segments[0]!.text).toBe("<script>");
  });

  it("handles an empty body and a body that ends with a newline", () => {
    expect(segmentLines("", [])).toEqual([{ start: 0, end: 0, segments: [] }]);
    const lines = segmentLines("end\n", [{ id: "e", start: 0, end: 4 }]);
    expect(lines).toHaveLength(2);
    expect(shape(lines[0]!.segments)).toEqual([["end", ["e"]]]);
    expect(lines[1]!.segments).toEqual([]);
  });
});
