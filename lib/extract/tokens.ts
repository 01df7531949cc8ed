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

// What each UTF-16 code unit is to the scanner, as bits. Every test is of one code unit
// (a lone surrogate is no letter), so one table answers all of them.
const SPACE = 1;
/** Starts a number: an ASCII digit, or any other code unit in \p{N}. */
const NUMBER_START = 2;
const DIGIT = 4;
/** A letter or mark (\p{L}, \p{M}), never ’ or ‘, which are quote marks. */
const LETTER = 8;
/** Its lower case differs: A-Z, É, Σ … */
const UPPER = 16;
/** May join two halves of a word: Go-Jek, don't, don’t, A.S, AT&T. */
const JOINER = 32;
/** The bits of this code unit are worked out. */
const KNOWN = 128;
const CLASSES = new Uint8Array(0x10000);

function classify(c: number): number {
  let bits = KNOWN;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) bits |= SPACE;
  if (c >= 48 && c <= 57) bits |= DIGIT | NUMBER_START;
  if (c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38) bits |= JOINER;
  if ((c | 32) >= 97 && (c | 32) <= 122) bits |= LETTER;
  if (c >= 65 && c <= 90) bits |= UPPER;
  if (c > 127 && !(c >= 0xd800 && c <= 0xdfff)) {
    const ch = String.fromCharCode(c);
    if (UNICODE_DIGIT.test(ch)) bits |= NUMBER_START;
    if (c !== 0x2019 && c !== 0x2018 && UNICODE_LETTER.test(ch)) bits |= LETTER;
    if (ch !== ch.toLowerCase()) bits |= UPPER;
  }
  return bits;
}
for (let c = 0; c < 128; c++) CLASSES[c] = classify(c);

function classOf(c: number): number {
  const bits = CLASSES[c]!;
  return bits !== 0 ? bits : (CLASSES[c] = classify(c));
}

/**
 * Splits body[start, end) into words ("Go-Jek", "A.S", "don't"), numbers ("10,000", "16/1/2023",
 * "3%") and single punctuation marks. A hand-written scanner: this runs over every character
 * of every article, and a Unicode regular expression was the slowest part of extraction.
 * Character classes come from a table filled in as characters are met.
 */
export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    const bits = classOf(c);
    if (bits & SPACE) {
      i++;
      continue;
    }
    const from = i;
    if (bits & NUMBER_START) {
      i++;
      while (i < end) {
        const d = body.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && i + 1 < end && isDigit(body.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (i < end && body.charCodeAt(i) === 37) i++; // %
      const text = body.slice(from, i);
      out.push({ text, lower: text, start: from, end: i, kind: "n", cap: false });
      continue;
    }
    if (bits & LETTER) {
      const cap = (bits & UPPER) !== 0;
      let upper = cap;
      i++;
      while (i < end) {
        const d = classOf(body.charCodeAt(i));
        if (d & (LETTER | DIGIT)) {
          if (d & UPPER) upper = true;
          i++;
        } else if (d & JOINER && i + 1 < end && classOf(body.charCodeAt(i + 1)) & (LETTER | DIGIT)) {
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
