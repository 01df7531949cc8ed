import { isSpace, type Range } from "./segment.ts";

/** A stretch of text between quote marks. `start`/`end` are the content, marks excluded. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (the paragraph end when the quote runs on). */
  close: number;
  start: number;
  end: number;
  /** False when the quote runs to the end of its paragraph with no closing mark. */
  closed: boolean;
  /** Single marks ('…', ‘…’) are often apostrophes or scare quotes: treated with more doubt. */
  single: boolean;
}

const DOUBLE = new Set(['"', "“", "”", "„", "‟", "«", "»", "＂", "〝", "〞"]);
const SINGLE = new Set(["'", "‘", "’", "‚", "‛"]);
const OPENERS = new Set(["“", "„", "‟", "«", "‘", "‚", "‛", "〝"]);
const CLOSERS = new Set(["”", "»", "’", "〞"]);

/** Whether a UTF-16 code unit is one of the marks above: compared, not looked up, since it runs on every character. */
function isMark(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0xff02 || c === 0x301d || c === 0x301e;
}

/** Pairs quote marks within one paragraph, for straight, typographic and Kompas-style (”…”) marks. */
export function quotedSpans(body: string, para: Range): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let dbl = -1; // index of the pending double opening mark
  let sgl = -1;
  // A scan bounded by the paragraph: a global regex would run on to the next mark in the body.
  for (let i = para.start; i < para.end; i++) {
    if (!isMark(body.charCodeAt(i))) continue;
    const twin = body.charCodeAt(i) === 39 && i + 1 < para.end && body.charCodeAt(i + 1) === 39;
    const c = twin ? '"' : body[i]!; // '' stands for "
    const last = twin ? i + 1 : i;
    const before = i > para.start ? body.charCodeAt(i - 1) : NaN;
    const after = last + 1 < para.end ? body.charCodeAt(last + 1) : NaN;
    const openCtx = (Number.isNaN(before) || isSpace(before) || isOpenPunct(before)) && !Number.isNaN(after) && !isSpace(after);
    const closeCtx = !Number.isNaN(before) && !isSpace(before);
    if (DOUBLE.has(c)) {
      if (dbl < 0) {
        if (OPENERS.has(c) || openCtx) dbl = i;
      } else if (!OPENERS.has(c) || (closeCtx && !openCtx) || body[dbl] === "„") {
        if (closeCtx || CLOSERS.has(c)) {
          push(out, body, dbl, last + 1, true, false);
          dbl = -1;
        } else dbl = i; // an opener while one is pending: the earlier mark was stray
      } else dbl = i;
      i = last;
      continue;
    }
    if (!SINGLE.has(c)) continue;
    const inWord = !Number.isNaN(before) && !Number.isNaN(after) && isWordChar(before) && isWordChar(after);
    if (inWord) continue; // apostrophe: don't, Ma'arachot
    if (sgl < 0) {
      if ((OPENERS.has(c) || c === "'") && openCtx && isLetterCode(after)) sgl = i;
    } else if (closeCtx && !openCtx && !CLOSERS.has(body[sgl]!)) {
      push(out, body, sgl, i + 1, true, true);
      sgl = -1;
    }
  }
  // A quote opened at the paragraph's start may run on into the next paragraph.
  if (dbl === para.start) push(out, body, dbl, para.end, false, false);
  return out.sort((a, b) => a.open - b.open);
}

function push(out: QuotedSpan[], body: string, open: number, close: number, closed: boolean, single: boolean) {
  let start = open + markLength(body, open);
  let end = closed ? close - (isTwin(body, close - 2) ? 2 : 1) : close;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ open, close, start, end, closed, single });
}

function isTwin(body: string, i: number): boolean {
  return i >= 0 && body.charCodeAt(i) === 39 && body.charCodeAt(i + 1) === 39;
}

function markLength(body: string, i: number): number {
  return isTwin(body, i) ? 2 : 1;
}

function isOpenPunct(c: number): boolean {
  return c === 40 || c === 91 || c === 45 || c === 0x2014 || c === 0x2013 || c === 58 || c === 44;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && c !== 0x2019 && c !== 0x2018);
}
