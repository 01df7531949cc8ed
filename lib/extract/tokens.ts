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

const UNICODE_LETTER = /[\p{L}\p{M}]/u;
const UNICODE_DIGIT = /\p{N}/u;

/**
 * Splits body[start, end) into words ("Go-Jek", "A.S", "don't"), numbers ("10,000", "16/1/2023",
 * "3%") and single punctuation marks. A hand-written scanner: this runs over every character
 * of every article, and a Unicode regular expression was the slowest part of extraction.
 */
export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      i++;
      continue;
    }
    const from = i;
    if (isDigit(c) || (c > 127 && UNICODE_DIGIT.test(body[i]!))) {
      i++;
      while (i < end) {
        const d = body.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && i + 1 < end && isDigit(body.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (body.charCodeAt(i) === 37 && i < end) i++; // %
      const text = body.slice(from, i);
      out.push({ text, lower: text, start: from, end: i, kind: "n", cap: false });
      continue;
    }
    if (isLetter(body, i, c)) {
      let upper = isUpper(c) || (c > 127 && body[i] !== body[i]!.toLowerCase());
      const cap = upper;
      i++;
      while (i < end) {
        const d = body.charCodeAt(i);
        if (isDigit(d) || isLetter(body, i, d)) {
          if (!upper && (isUpper(d) || (d > 127 && body[i] !== body[i]!.toLowerCase()))) upper = true;
          i++;
        } else if ((d === 45 || d === 39 || d === 0x2019 || d === 46 || d === 38) && i + 1 < end && isWordChar(body, i + 1)) {
          i++; // joiner inside a word: Go-Jek, don't, A.S, AT&T
        } else break;
      }
      const text = body.slice(from, i);
      out.push({ text, lower: upper ? text.toLowerCase() : text, start: from, end: i, kind: "w", cap });
      continue;
    }
    // One mark; a surrogate pair (emoji) stays whole so offsets never split a character, and
    // two apostrophes are one double quote mark, as some papers print them ('' … '').
    i += (c >= 0xd800 && c <= 0xdbff && i + 1 < end) || (c === 39 && i + 1 < end && body.charCodeAt(i + 1) === 39) ? 2 : 1;
    const text = body.slice(from, i);
    out.push({ text, lower: text, start: from, end: i, kind: "p", cap: false });
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(body: string, i: number, c: number): boolean {
  if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  return c > 127 && !(c >= 0xd800 && c <= 0xdfff) && c !== 0x2019 && c !== 0x2018 && UNICODE_LETTER.test(body[i]!);
}

function isWordChar(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return isDigit(c) || isLetter(body, i, c);
}
