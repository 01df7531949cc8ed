import { describe, expect, it } from "vitest";
import { indexBodyWords } from "./word-index.ts";

// What the tables stand for, as the regular expressions they replace.
const LOWER_WORD = /\b[a-z][a-z-]*/g;
const MID_CAPITAL = /(?<=[a-z,] )(\p{Lu}[\p{Ll}\p{Lu}]+)/gu;

const BODIES = [
  "Kata Budi, Presiden Joko Widodo datang ke Jakarta. Ia well-known di sana.",
  "The mayor said, Smith agreed; then Obama spoke to O'Brien and McDONALD about covid19 and e-mail.",
  "Éric and Ángela met the ministers, Ωmega Ltd and ǅemal in İstanbul; \u212Aate came too. x_y z9abc",
  "ALL CAPS LINE\nlower line, Then Upper\n\n  a B c D, Ee ff, Gg",
  "emoji 😀 then, 𝐀bc and a lone \ud800 surrogate, Zz",
];

function regexSets(body: string) {
  const lower = new Set<string>();
  for (const m of body.matchAll(LOWER_WORD)) lower.add(m[0]);
  const mid = new Set<string>();
  for (const m of body.matchAll(MID_CAPITAL)) mid.add(m[1]!.toLowerCase());
  return { lower, mid };
}

describe("indexBodyWords", () => {
  it("holds the words the regular expressions find, and no others", () => {
    for (const body of BODIES) {
      const { lower, mid } = regexSets(body);
      const words = indexBodyWords(body);
      const probes = new Set([...lower, ...mid, ...body.toLowerCase().split(/[^\p{L}-]+/u), "", "the", "kate", "xyz"]);
      for (const w of probes) {
        expect(words.lower.has(w), `lower ${JSON.stringify(w)} in ${JSON.stringify(body)}`).toBe(lower.has(w));
        expect(words.midCapitals.has(w), `mid ${JSON.stringify(w)} in ${JSON.stringify(body)}`).toBe(mid.has(w));
      }
      expect(words.lower.size).toBe(lower.size);
      expect(words.midCapitals.size).toBe(mid.size);
    }
  });

  it("keeps every distinct word of a long body as the table grows", () => {
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`);
    const body = vocabulary.map((w, i) => (i % 2 ? `x, ${w[0]!.toUpperCase()}${w.slice(1)}` : w)).join(" ");
    const { lower, mid } = regexSets(body);
    const words = indexBodyWords(body);
    expect(words.lower.size).toBe(lower.size);
    expect(words.midCapitals.size).toBe(mid.size);
    for (const w of vocabulary) {
      expect(words.lower.has(w)).toBe(lower.has(w));
      expect(words.midCapitals.has(w)).toBe(mid.has(w));
    }
  });
});
