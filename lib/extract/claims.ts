import type { Context, Paragraph } from "./context.ts";
import type { LanguagePack } from "./lang/pack.ts";
import type { Token } from "./tokens.ts";
import type { ExtractedClaim } from "./types.ts";

/** Sentences scoring at least this much are offered to reviewers as claims. */
export const CLAIM_THRESHOLD = 0.45;

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DATE_NUMBER = /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$|^\d{1,2}[.:]\d{2}$/;
const MONEY = new Set(["rp", "us$", "$", "£", "€", "¥", "dolar", "dollar", "dollars", "euro", "euros", "rupiah", "pound", "pounds"]);
const PERCENT = new Set(["%", "persen", "percent", "per cent"]);
const SCALE = /^\d[\d.,]*(bn|m|k|tn)$/i;
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
      if (claim && claim.score >= CLAIM_THRESHOLD) out.push(claim);
    }
  }
  return out;
}

/** Splits a sentence at accepted quotes: narrative around a quote is only its attribution. */
function pieces(toks: Token[], a: number, b: number, spans: { start: number; end: number }[]): [number, number, boolean][] {
  const s = toks[a]!.start;
  const e = toks[b - 1]!.end;
  const inside = spans.filter((q) => q.end > s && q.start < e);
  if (!inside.length) return [[a, b, false]];
  const out: [number, number, boolean][] = [];
  for (const q of inside) {
    let from = a;
    while (from < b && toks[from]!.start < q.start) from++;
    let to = from;
    while (to < b && toks[to]!.end <= q.end) to++;
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

function scorePiece(ctx: Context, toks: Token[], from: number, to: number, quoted: boolean): ExtractedClaim | null {
  while (to > from && /^[,;:"“”„«»'’]$/.test(toks[to - 1]!.text)) to--;
  while (from < to && /^["“”„«»'‘(]$/.test(toks[from]!.text)) from++;
  let words = 0;
  const signals = new Set<string>();
  let named = 0;
  let modal = false;
  let firstPerson = false;
  let question = false;
  let verb = false;
  const pack = ctx.pack;
  const flags = wordFlags(pack);
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    const l = t.lower;
    if (t.kind === "p") {
      if (t.text === "?") question = true;
      if (PERCENT.has(l)) signals.add("percentage");
      if (MONEY.has(l)) signals.add("money");
      continue;
    }
    words++;
    if (t.kind === "n") {
      if (YEAR.test(l) || DATE_NUMBER.test(l)) signals.add("date");
      else signals.add("number");
      if (l.endsWith("%")) signals.add("percentage");
      continue;
    }
    const f = flags.get(l) ?? 0;
    if (f) {
      if (f & NUMBER) signals.add("number");
      if (f & MONEY_F) signals.add("money");
      if (f & PERCENT_F) signals.add("percentage");
      if (f & DATE) signals.add("date");
      if (f & CASUALTY) signals.add("casualty");
      if (f & SUPERLATIVE) signals.add("superlative");
      if (f & EVENT) signals.add("event");
      if (f & MODAL) modal = true;
      if (f & FIRST_PERSON) firstPerson = true;
    } else if (SCALE.test(l)) signals.add("number");
    if (t.cap && ((k > from && toks[k - 1]!.kind !== "p") || ctx.registry.knows(l))) named++;
    if (!t.cap && (pack.pastMarkers.has(l) || pack.verbShape.test(l))) verb = true;
  }
  if (question || words < 6) return null;
  if (named > 0) signals.add("named actor");
  if (verb) signals.add("action");
  let score = 0.15;
  if (signals.has("number")) score += 0.25;
  if (signals.has("date")) score += 0.2;
  if (signals.has("money")) score += 0.15;
  if (signals.has("percentage")) score += 0.1;
  if (signals.has("casualty")) score += 0.25;
  if (signals.has("superlative")) score += 0.1;
  if (signals.has("event")) score += 0.15;
  if (named > 0) score += 0.2;
  if (named > 2) score += 0.05;
  if (verb) score += 0.1;
  if (modal) score -= 0.3;
  if (firstPerson) score -= 0.2;
  if (quoted) score -= 0.15;
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  return {
    text: ctx.body.slice(start, end),
    start,
    end,
    score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100,
    signals: [...signals],
  };
}
