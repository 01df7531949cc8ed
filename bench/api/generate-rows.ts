// The pure pieces of the generator: COPY's text format, a seeded random source (the same
// database shape every time), and the rare word the `q=` route searches for.

/** A value in COPY's text format: \N for null, arrays as {…}, and the four characters COPY treats specially escaped. */
export function copyValue(v: string | number | null | string[]): string {
  if (v === null) return "\\N";
  if (Array.isArray(v)) return escape(`{${v.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`);
  return escape(String(v));
}

const escape = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);

/** One row of COPY … FROM STDIN (text format), with its newline. */
export const copyLine = (values: (string | number | null | string[])[]) => `${values.map(copyValue).join("\t")}\n`;

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A word of at least 8 letters found in one paragraph of the fixtures only (the first such
 * word in alphabetical order, so it is the same every time): in the generated documents it
 * is as rare as a paragraph can make it, and its item count is printed with the results.
 */
export function rareWord(paragraphs: string[]): string {
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    for (const w of new Set(p.toLowerCase().match(/\p{L}{8,}/gu) ?? [])) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  const once = [...seen].filter(([w, n]) => n === 1 && !paragraphs.some((p) => countIn(p.toLowerCase(), w) > 1)).map(([w]) => w);
  once.sort();
  if (!once.length) throw new Error("the fixtures have no word found in one paragraph only");
  return once[0]!;
}

const countIn = (text: string, word: string) => text.split(word).length - 1;

/**
 * A made-up word for the `q=` route's rare case: the fixtures' rarest word is in one paragraph,
 * which the generator repeats in thousands of items, while a real archive has names and places
 * that a few items only mention. Eight letters, so it can stand in for any eight-letter word.
 */
export const RARE_WORD = "Qorvanti";

/**
 * The body with the first eight-letter word inside one of the spans replaced by RARE_WORD,
 * letter for letter, so that every offset stays as it was; the body as it is when no span
 * holds such a word.
 */
export function withRareWord(body: string, spans: { start: number; end: number }[]): string {
  for (const s of spans) {
    const m = /(?<!\p{L})\p{L}{8}(?!\p{L})/u.exec(body.slice(s.start, s.end));
    if (m) {
      const at = s.start + m.index;
      return body.slice(0, at) + RARE_WORD + body.slice(at + RARE_WORD.length);
    }
  }
  return body;
}
