/**
 * When an earlier item says the same thing as this one (the seen-before list). The database
 * finds candidates by trigram similarity (pg_trgm); two checks the trigrams cannot make then
 * keep a different statement that shares most of its words out: its numbers differ ("40 tonnes"
 * and "4 tonnes"), or one of the two is negated and the other is not ("akan ada" and "tidak akan
 * ada"). The threshold is chosen on labelled pairs by `npm run eval:similar` (docs/benchmarks.md).
 */
export const SIMILAR_THRESHOLD = 0.6;

const NEGATIONS = new Set(["tidak", "tak", "bukan", "belum", "jangan", "tanpa", "not", "no", "never", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "nor", "without"]);

/** The numbers a statement states, as written without separators ("3,500" and "3.500" are 3500). */
export function numbersOf(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/[.,](?=\d{3}\b)/g, "").replace(",", ".")).sort();
}

function negated(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
}

/** Whether two statements whose trigram similarity is `score` are the same statement. */
export function sameStatement(a: string, b: string, score: number): boolean {
  if (score < SIMILAR_THRESHOLD) return false;
  if (numbersOf(a).join(" ") !== numbersOf(b).join(" ")) return false;
  return negated(a) === negated(b);
}
