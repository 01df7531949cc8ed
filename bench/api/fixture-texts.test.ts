import { describe, expect, it } from "vitest";
import { clauseSpans, loadFixtureTexts, paragraphSpans, sentenceSpans } from "./fixture-texts.ts";

const text = 'The minister said prices will fall. "We will act," she told the gathered reporters on Monday, adding that taxes stay as they are!';

describe("spans of a paragraph", () => {
  it("cuts sentences at their ends, closing quote marks included", () => {
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "The minister said prices will fall.",
      '"We will act," she told the gathered reporters on Monday, adding that taxes stay as they are!',
    ]);
  });

  it("cuts a sentence into its long clauses, and gives none for a sentence of one clause", () => {
    const [first, second] = sentenceSpans(text);
    expect(clauseSpans(text, first!)).toEqual([]);
    expect(clauseSpans(text, second!).map((s) => text.slice(s.start, s.end))).toEqual(["she told the gathered reporters on Monday", "adding that taxes stay as they are!"]);
  });

  it("puts the gold quotes and claims first, where their text is", () => {
    const spans = paragraphSpans(text, { lang: "en", quotes: [{ kind: "direct", text: "We will act", speaker: "Jane Doe", cue: "told" }], claims: [{ text: "prices will fall" }, { text: "not in the text" }] });
    expect(spans[0]).toMatchObject({ type: "quote", kind: "direct", speaker: "Jane Doe", cue: "told" });
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe("We will act");
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe("prices will fall");
    expect(spans.filter((s) => s.type === "claim")).toHaveLength(3);
  });
});

describe("loadFixtureTexts", () => {
  it("reads the repo's fixtures: both languages, spans inside their paragraphs, gold speakers with aliases", () => {
    const f = loadFixtureTexts(process.cwd());
    expect(new Set(f.paragraphs.map((p) => p.lang))).toEqual(new Set(["id", "en"]));
    expect(f.paragraphs.length).toBeGreaterThan(50);
    for (const p of f.paragraphs) for (const s of p.spans) expect(s.start >= 0 && s.end > s.start && s.end <= p.text.length).toBe(true);
    expect(f.speakers.find((s) => s.name === "British Medical Association")?.aliases).toContain("BMA");
  });
});
