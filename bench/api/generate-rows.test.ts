import { describe, expect, it } from "vitest";
import { copyLine, copyValue, mulberry32, RARE_WORD, rareWord, withRareWord } from "./generate-rows.ts";

describe("COPY text format", () => {
  it("escapes backslashes, tabs and line breaks, writes null as \\N and arrays as quoted elements", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyValue(3)).toBe("3");
    expect(copyValue([])).toBe("{}");
    expect(copyValue(['Lib "Dems"', "BMA"])).toBe('{"Lib \\\\"Dems\\\\"","BMA"}');
    expect(copyLine(["x", null, 1])).toBe("x\t\\N\t1\n");
  });
});

describe("mulberry32", () => {
  it("gives the same numbers for the same seed, in [0, 1)", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});

describe("rareWord", () => {
  it("picks the first long word, alphabetically, that one paragraph alone holds, and only once", () => {
    // "elections" is in one paragraph only, but twice; "minister" and "announced" are in several.
    expect(rareWord(["The minister announced sanctions.", "The minister announced elections; elections matter.", "Everything announced."])).toBe("everything");
  });

  it("fails when no word qualifies", () => {
    expect(() => rareWord(["short words only", "short words only"])).toThrow(/no word/);
  });
});

describe("withRareWord", () => {
  it("puts the rare word in place of an eight-letter word inside a span, every offset kept", () => {
    const body = "Outside, somebody. Inside the quote: a terrible decision, he said.";
    const span = { start: body.indexOf("a terrible"), end: body.indexOf(", he") };
    const out = withRareWord(body, [span]);
    expect(out).toBe(`Outside, somebody. Inside the quote: a ${RARE_WORD} decision, he said.`);
    expect(out).toHaveLength(body.length);
  });

  it("leaves longer words whole and a body without a fitting word as it was", () => {
    expect(withRareWord("decisions everywhere", [{ start: 0, end: 20 }])).toBe("decisions everywhere");
  });
});
