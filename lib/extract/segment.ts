/** Paragraphs and sentences as offset ranges into the body; no copies of the text. */
export interface Range {
  start: number;
  end: number;
}

/** Each non-blank line is a paragraph: news text arrives one paragraph a line. */
export function paragraphs(body: string): Range[] {
  const out: Range[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpace(body.charCodeAt(start))) start++;
    while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr no vol jl kol gen lt col sgt capt gov sen rep rev mt ft inc co corp
   ltd vs etc dll dsb drs ir hj h jan feb mar apr jun jul aug sep sept oct nov dec est approx dept
   univ assn bros ave blvd rd pt tbk`
    .trim()
    .split(/\s+/),
);

// A terminator, then any closing marks, then white space or the end of the paragraph.
const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;

/** Sentence ranges inside one paragraph. Abbreviations, initials and dotted acronyms do not end one. */
export function sentences(body: string, para: Range): Range[] {
  const text = body.slice(para.start, para.end);
  const out: Range[] = [];
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (m[0][0] === "." && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (!startsSentence(text.charCodeAt(next))) continue;
    out.push({ start: para.start + from, end: para.start + end });
    from = next;
  }
  if (from < text.length) out.push({ start: para.start + from, end: para.end });
  return out;
}

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  if (length === 1 && isUpper(text.charCodeAt(i))) return true; // initial: "J. Smith"
  if (i > 0 && text.charCodeAt(i - 1) === 46) return true; // dotted acronym: "A.S.", "U.S."
  // Lower-casing never shortens a word: a longer one is no abbreviation, and needs no copy.
  return length <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

const SENTENCE_START = /[\p{Lu}\p{N}"'“”„«»‘’([]/u;
/** startsSentence by UTF-16 code unit, filled in as they are met: 1 yes, 2 no, 0 not yet known. */
const STARTS = new Uint8Array(0x10000);

function startsSentence(c: number): boolean {
  if (Number.isNaN(c)) return true;
  let known = STARTS[c]!;
  if (known === 0) known = STARTS[c] = SENTENCE_START.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
