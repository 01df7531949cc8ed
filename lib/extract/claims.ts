import type { Context, Paragraph } from "./context.ts";
import type { LanguagePack } from "./lang/pack.ts";
import { lowerBound } from "./search.ts";
import type { Token } from "./tokens.ts";
import type { ExtractedClaim } from "./types.ts";

/** Sentences scoring at least this much are offered to reviewers as claims. */
export const CLAIM_THRESHOLD = 0.45;
/** The bar for a sentence with no number, date, casualty or event word. */
export const SOFT_CLAIM_THRESHOLD = 0.5;

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DATE_NUMBER = /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$|^\d{1,2}[.:]\d{2}$/;
const MONEY = new Set(["rp", "us$", "$", "£", "€", "¥", "dolar", "dollar", "dollars", "euro", "euros", "rupiah", "pound", "pounds"]);
const PERCENT = new Set(["%", "persen", "percent", "per cent"]);
/** "Rp9.735", "US$20": the currency written onto the amount. */
const MONEY_PREFIX = /^(Rp|US\$|S\$|RM)\d/i;
const TIME_WORDS = new Set(["pukul", "wib", "wita", "wit", "gmt", "utc", "tahun", "year", "years", "ago", "lalu"]);

/**
 * Check-worthy sentences: numbers, dates, money, casualties, firsts and named actors doing
 * things raise the score; forecasts, opinions, first-person talk and questions lower it.
 * `quoteSpans` are the accepted direct quotes: a sentence is split where they begin and end.
 */
export function findClaims(ctx: Context, para: Paragraph, quoteSpans: { start: number; end: number }[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const toks = para.tokens;
  for (const [a, b] of para.sentences) {
    for (const [from, to, quoted] of pieces(toks, a, b, quoteSpans)) {
      const claim = scorePiece(ctx, toks, from, to, quoted);
      if (claim) out.push(claim);
    }
  }
  return out;
}

/** Splits a sentence at accepted quotes: narrative around a quote is only its attribution. */
function pieces(toks: Token[], a: number, b: number, spans: { start: number; end: number }[]): [number, number, boolean][] {
  const s = toks[a]!.start;
  const e = toks[b - 1]!.end;
  const inside: { start: number; end: number }[] = [];
  for (let i = lowerBound(spans, s + 1, (q) => q.end); i < spans.length && spans[i]!.start < e; i++) inside.push(spans[i]!);
  if (!inside.length) return [[a, b, false]];
  const out: [number, number, boolean][] = [];
  for (const q of inside) {
    // Binary searches: a sentence with no full stop can hold a whole file and thousands of quotes.
    const from = lowerBound(toks, q.start, (t) => t.start, a, b);
    const to = lowerBound(toks, q.end + 1, (t) => t.end, from, b);
    if (to > from) out.push([from, to, true]);
  }
  return out;
}

const NUMBER = 1, MONEY_F = 2, PERCENT_F = 4, DATE = 8, CASUALTY = 16, SUPERLATIVE = 32, EVENT = 64, MODAL = 128, FIRST_PERSON = 256;
const flagCache = new Map<LanguagePack, Map<string, number>>();

/** One look-up a word instead of ten: every claim signal a word carries, as bits. */
function wordFlags(pack: LanguagePack): Map<string, number> {
  let map = flagCache.get(pack);
  if (map) return map;
  map = new Map();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map!.set(w, (map!.get(w) ?? 0) | bit);
  };
  add(pack.numberWords, NUMBER);
  add(MONEY, MONEY_F);
  add(PERCENT, PERCENT_F);
  add(pack.dayNames, DATE);
  add(pack.monthNames, DATE);
  add(TIME_WORDS, DATE);
  add(pack.casualtyWords, CASUALTY);
  add(pack.superlatives, SUPERLATIVE);
  add(pack.eventWords, EVENT);
  add(pack.modals, MODAL);
  add(pack.firstPerson, FIRST_PERSON);
  flagCache.set(pack, map);
  return map;
}

const SIGNALS: [number, string][] = [
  [NUMBER, "number"], [DATE, "date"], [MONEY_F, "money"], [PERCENT_F, "percentage"],
  [CASUALTY, "casualty"], [SUPERLATIVE, "superlative"], [EVENT, "event"],
];
const WEIGHTS: [number, number][] = [
  [NUMBER, 0.25], [DATE, 0.2], [MONEY_F, 0.15], [PERCENT_F, 0.1], [CASUALTY, 0.25], [SUPERLATIVE, 0.1], [EVENT, 0.15],
];

function scorePiece(ctx: Context, toks: Token[], from: number, to: number, quoted: boolean): ExtractedClaim | null {
  while (to > from && /^([,;:"“”„«»'’]|'')$/.test(toks[to - 1]!.text)) to--;
  while (from < to && /^(["“”„«»'‘(]|'')$/.test(toks[from]!.text)) from++;
  const pack = ctx.pack;
  const flags = wordFlags(pack);
  let words = 0;
  let seen = 0;
  let named = 0;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind === "p") {
      if (t.text === "?") return null; // a question asks; it does not claim
      seen |= flags.get(t.lower) ?? 0;
      continue;
    }
    words++;
    if (t.kind === "n") {
      seen |= YEAR.test(t.text) || DATE_NUMBER.test(t.text) ? DATE : NUMBER;
      if (t.text.endsWith("%")) seen |= PERCENT_F;
      continue;
    }
    seen |= flags.get(t.lower) ?? 0;
    if (t.cap) {
      if ((k > from && toks[k - 1]!.kind !== "p") || ctx.registry.knows(t.lower)) named++;
      const c = t.text.charCodeAt(0) | 32; // r, s or u: all MONEY_PREFIX can start with
      if ((c === 0x72 || c === 0x73 || c === 0x75) && MONEY_PREFIX.test(t.text)) seen |= MONEY_F | NUMBER;
    } else if (!verb && (pack.pastMarkers.has(t.lower) || pack.verbShape.test(t.lower))) verb = true;
  }
  if (words < 6) return null;
  let score = 0.15;
  for (let i = 0; i < WEIGHTS.length; i++) if (seen & WEIGHTS[i]![0]) score += WEIGHTS[i]![1];
  if (named > 0) score += 0.2;
  if (named > 2) score += 0.05;
  if (verb) score += 0.1;
  if (seen & MODAL) score -= 0.3;
  if (seen & FIRST_PERSON) score -= 0.2;
  if (quoted) score -= 0.15;
  score = Math.round(Math.min(1, score) * 100) / 100; // rounded first, so 0.1 + 0.35 counts as 0.45
  // A named actor doing something, with nothing to count, date or rank, is mostly narrative and background.
  const hard = (seen & (NUMBER | MONEY_F | PERCENT_F | DATE | CASUALTY | EVENT | SUPERLATIVE)) !== 0;
  if (score < (hard ? CLAIM_THRESHOLD : SOFT_CLAIM_THRESHOLD)) return null;
  // Plain loops here and in the score above: this runs for every sentence, and filter, map and destructuring allocate.
  const signals: string[] = [];
  for (let i = 0; i < SIGNALS.length; i++) if (seen & SIGNALS[i]![0]) signals.push(SIGNALS[i]![1]);
  if (named > 0) signals.push("named actor");
  if (verb) signals.push("action");
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  return { text: ctx.body.slice(start, end), start, end, score, signals };
}
