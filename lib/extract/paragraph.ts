import type { Paragraph } from "./context.ts";
import { quotedSpans } from "./quote-marks.ts";
import { sentences, type Range } from "./segment.ts";
import { tokenize } from "./tokens.ts";

/** Tokenises a paragraph and maps its quotes and sentences onto token indices. */
export function prepareParagraph(body: string, range: Range): Paragraph {
  const tokens = tokenize(body, range.start, range.end);
  const spans = quotedSpans(body, range);
  const inQuote = tokens.length < 32_000 ? outsideQuotes(tokens.length) : new Int32Array(tokens.length).fill(-1);
  const spanTokens = spans.map((s, si) => {
    const open = tokenAt(tokens, s.open);
    const close = s.closed ? Math.max(tokenAt(tokens, s.close - 1), tokenAt(tokens, s.close - 2)) : tokens.length; // '' is one token
    if (open < 0) return { open, close: -1 };
    for (let i = open + 1; i < (close < 0 ? tokens.length : close); i++) inQuote[i] = si;
    return { open, close: close < 0 ? tokens.length : close };
  });
  const sents: [number, number][] = [];
  let k = 0;
  for (const s of sentences(body, range)) {
    const first = k;
    while (k < tokens.length && tokens[k]!.start < s.end) k++;
    if (k > first) sents.push([first, k]);
  }
  return { range, tokens, spans, spanTokens, inQuote, sentences: sents };
}

/** Paragraphs' inQuote arrays are cut from shared blocks: a small typed array of its own costs more than the paragraph's tokens. */
const BLOCK = 1 << 15;
let block = new Int16Array(0);
let used = 0;

/** A fresh Int16Array of n entries, all -1 (outside every quote). */
function outsideQuotes(n: number): Int16Array {
  if (n > BLOCK >> 3) return new Int16Array(n).fill(-1);
  if (used + n > block.length) {
    block = new Int16Array(BLOCK);
    used = 0;
  }
  const view = block.subarray(used, used + n);
  used += n;
  return view.fill(-1);
}

/** Index of the token that starts at `offset`, or -1: a binary search, tokens being in order. */
function tokenAt(tokens: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
