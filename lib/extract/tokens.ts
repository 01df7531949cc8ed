/** Word-level tokens of one paragraph, with offsets into the body. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** "w" word, "n" number, "p" punctuation or a quote mark. */
  kind: "w" | "n" | "p";
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
}

const TOKEN = /\p{N}+(?:[.,:/-]\p{N}+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(body); m && m.index < end; m = TOKEN.exec(body)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    const kind = c >= 48 && c <= 57 ? "n" : letter ? "w" : c < 128 ? "p" : classify(text[0]!);
    const lower = kind === "p" ? text : text.toLowerCase();
    const cap = letter ? c <= 90 : kind === "w" && lower[0] !== text[0];
    out.push({ text, lower, start: m.index, end: m.index + text.length, kind, cap });
  }
  return out;
}

/** Non-ASCII first characters are rare enough to afford a Unicode test. */
function classify(ch: string): Token["kind"] {
  if (/\p{N}/u.test(ch)) return "n";
  return /[\p{L}\p{M}]/u.test(ch) ? "w" : "p";
}
