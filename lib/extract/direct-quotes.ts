import { sentenceSubject, speakerAfter, speakerBefore } from "./attribute.ts";
import type { Context, Mention, Paragraph } from "./context.ts";
import { cueAt, cueText, isCue } from "./cue-at.ts";
import type { Attribution, FoundQuote, QuotePass, Reading } from "./reading.ts";
import { HONORIFICS } from "./lexicon.ts";
import { lowerBound } from "./search.ts";

/** Tokens allowed between two quotes of one speaker in a paragraph: just the attribution ("kata Febri."). */
const ATTRIBUTION_GAP = 10;

/** Tokens an attribution after a quote may run to: `"…," Melanne Verveer, who served as …, told CBS News.` */
const ATTRIBUTION_REACH = 30;

/** How far back in its sentence a quote's cue may stand: a sentence with no full stop can be a whole file. */
const MAX_CUE_REACH = 60;


/** Marks that may follow a quote before its sentence ends: `…?”).` */
const MAX_CLOSING_MARKS = 8;

const END = new Set([".", "!", "?"]);
const SKIP_AFTER = new Set([",", "-", "—", "–"]);

/**
 * Direct quotes of one paragraph: each quoted span that a cue ties to a named speaker, or
 * that continues the previous speaker's quote. Scare quotes and titles find no cue and drop out.
 */
export const directQuotes: QuotePass = (ctx: Context, reading: Reading): FoundQuote[] => {
  const { para, index, flow, consumed, a, b } = reading;
  const out: FoundQuote[] = [];
  const toks = para.tokens;
  for (let si = lowerBound(para.spanTokens, a, (s) => s.open); si < para.spans.length; si++) {
    const span = para.spans[si]!;
    const { open, close } = para.spanTokens[si]!;
    if (open >= b) break;
    if (open < a) continue;
    if (open > 0 && para.inQuote[open] !== -1) continue; // nested inside another quote
    const previous = reading.previous;
    const words = countWords(toks, open + 1, close);
    let found = afterQuote(ctx, para, si) ?? beforeQuote(ctx, para, si, words);
    if (!found && span.single) continue;
    if (!found && previous && words >= 2 && continues(ctx, para, previous, para.spanTokens[si - 1]!.close, open)) {
      found = { ...previous, confidence: previous.confidence - 0.05 }; // "A," kata X, "B." · "A," kata X. "B."
    }
    if (!found && open === 0 && flow.introduced?.paragraph === index - 1) found = flow.introduced.attribution;
    if (!found && open === 0 && words >= 3 && flow.last && index - flow.last.paragraph <= 2) {
      found = { mention: { entity: flow.last.entity, text: flow.last.mention, via: "name" }, cue: null, confidence: 0.7, cueToken: -1 };
    }
    if (!found && !span.closed && open === 0) {
      flow.runOn = { start: span.start, end: span.end, paragraph: index };
      continue;
    }
    if (!found || !found.mention.entity) {
      reading.previous = null;
      continue;
    }
    const runOn = flow.runOn;
    flow.runOn = null;
    if (runOn && open === 0 && runOn.paragraph === index - 1) out.push(quoteOf(ctx, runOn, found, 0.05));
    if (found.cueToken >= 0 && !found.embedded) consumed.add(found.cueToken);
    const entity = found.mention.entity;
    ctx.salience.spoke(entity, span.start);
    flow.last = { entity, mention: found.mention.text, paragraph: index };
    reading.previous = found;
    out.push({ ...quoteOf(ctx, span, found, 0), embedded: found.embedded });
  }
  return out;
};

/**
 * Whether a quote with no cue of its own goes on from the paragraph's previous quote: only its
 * attribution stands between them (`"A," kata X. "B."`), however long that attribution runs
 * (`"A," Trump said at a rally in Evansville, Indiana, last month. "B."`), so long as no other cue does.
 */
function continues(ctx: Context, para: Paragraph, previous: Attribution, from: number, to: number): boolean {
  if (to - from <= ATTRIBUTION_GAP) return true;
  if (previous.cueToken < from || previous.cueToken >= to) return false;
  for (let k = from + 1; k < to; k++) {
    if (k === previous.cueToken) continue;
    const hit = cueAt(ctx, para.tokens, k);
    // "…," Clark said, noting he would support …: the tail of the same attribution.
    if (!hit.types.size || hit.types.has("participle")) continue;
    const other = speakerBefore(ctx, para.tokens, k, from + 1);
    if (other?.entity && other.entity !== previous.mention.entity) return false;
  }
  return true;
}

function quoteOf(ctx: Context, span: { start: number; end: number }, found: Attribution, doubt: number): FoundQuote {
  const entity = found.mention.entity!;
  return {
    entity,
    quote: {
      kind: "direct",
      text: ctx.body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: entity.name,
      speakerMention: found.mention.text,
      cue: found.cue,
      confidence: round(found.confidence - doubt - (found.mention.via === "name" ? 0 : 0.1)),
    },
  };
}

/** `"…," kata Stoltenberg` · `"…," katanya` · `"…," organizer Miriam Tidwell told AP` · `"…", says Joe Leuer`. */
function afterQuote(ctx: Context, para: Paragraph, si: number): Attribution | null {
  const toks = para.tokens;
  const { close } = para.spanTokens[si]!;
  if (close >= toks.length) return null;
  let k = close + 1;
  while (k < toks.length && SKIP_AFTER.has(toks[k]!.text)) k++;
  let end = k;
  while (end < toks.length && end - k < ATTRIBUTION_REACH && !endsAttribution(toks, end) && para.inQuote[end] === -1 && !isQuoteMark(toks[end]!.text)) end++;
  if (k >= end) return null;
  const hit = cueAt(ctx, toks, k);
  // `"… fate." He added, "…"`: a finished sentence, then the next quote's own introduction
  // (but `"… shoulder." said Mr. Bao, "…"` looks back, as inverted attributions do).
  const introducesNext = end < toks.length && isQuoteMark(toks[end]!.text) && /^[,:]$/.test(toks[end - 1]!.text);
  if (END.has(toks[close - 1]!.text) && introducesNext && !hit.types.size) return null;
  if (hit.types.has("afterPronoun")) {
    const entity = ctx.salience.lastSpeaker();
    return entity && { mention: { entity, text: toks[k]!.text, via: "pronoun" }, cue: toks[k]!.text, confidence: 0.9, cueToken: k };
  }
  if (hit.types.has("after") || hit.types.has("according")) {
    const m = speakerAfter(ctx, toks, k + hit.length - 1, end);
    return m && { mention: m, cue: cueText(ctx, toks, k, hit.length), confidence: 0.95, cueToken: k };
  }
  const finished = END.has(toks[close - 1]!.text);
  for (let c = k + 1; c < end && c - k <= ATTRIBUTION_REACH; c++) {
    if (!isCue(ctx, toks, c, "after", "before")) continue;
    // `"… heart." He said he recognizes …`: a new sentence that reports something of its own.
    if (finished && reportsMore(ctx, toks, c + 1, end)) return null;
    const m = speakerBefore(ctx, toks, c, k);
    return m && { mention: m, cue: toks[c]!.text, confidence: 0.9, cueToken: c };
  }
  return null;
}

/** `He explains: "…"` · `Ia menegaskan, "…"` · `…, saying "…"` · `Bao: "…"` · `X warned that …, "…".` */
function beforeQuote(ctx: Context, para: Paragraph, si: number, words: number): Attribution | null {
  const toks = para.tokens;
  const { open, close } = para.spanTokens[si]!;
  const sentence = para.sentences[lowerBound(para.sentences, open + 1, (s) => s[1])] ?? [0, toks.length];
  let from = sentence[0];
  if (si > 0 && para.spanTokens[si - 1]!.close >= from && para.spanTokens[si - 1]!.close < open) from = para.spanTokens[si - 1]!.close + 1;
  let e = open - 1;
  const punct = toks[e]?.text;
  if (punct === ":" || punct === ",") e--;
  if (e < from) return null;
  if (ctx.pack.titleIntroducers.has(toks[e]!.lower)) return null;
  const hit = cueAt(ctx, toks, e);
  if (hit.types.has("participle")) {
    const asSaying = toks[e - 1]?.lower === "as";
    const m = asSaying ? speakerBefore(ctx, toks, e - 1, from) : agentOrSubject(ctx, para, from, e);
    return m && { mention: m, cue: toks[e]!.text, confidence: 0.85, cueToken: e };
  }
  if (hit.types.has("afterPronoun")) {
    const entity = ctx.salience.lastSpeaker();
    return entity && { mention: { entity, text: toks[e]!.text, via: "pronoun" }, cue: toks[e]!.text, confidence: 0.85, cueToken: e };
  }
  if (hit.types.has("before") || hit.types.has("after") || hit.types.has("beforeWeak")) {
    const m = speakerBefore(ctx, toks, e, from);
    // `said "…"` with the sentence going on after the quote reports a clause the quote is part of.
    const embedded = punct !== ":" && punct !== "," && !runsToSentenceEnd(para, close);
    if (m) return { mention: m, cue: toks[e]!.text, confidence: 0.9, cueToken: e, embedded };
  }
  // `X told the Associated Press (AP), "…"`: a hearer between the cue and the quote.
  if (punct === "," || punct === ":") {
    for (let c = e - 1; c >= from && e - c <= 8; c--) {
      if (!ctx.pack.hearerVerbs.has(toks[c]!.lower) || !isCue(ctx, toks, c, "before", "beforeWeak")) continue;
      if (!isObjectPhrase(ctx, toks, c + 1, e + 1)) break;
      const m = speakerBefore(ctx, toks, c, from);
      if (m) return { mention: m, cue: toks[c]!.text, confidence: 0.85, cueToken: c };
      break;
    }
  }
  // `, said Mr. Bao, "…"`: the cue and its speaker stand between two quotes.
  for (let c = e; c >= from && e - c <= 6; c--) {
    if (!isCue(ctx, toks, c, "after", "before")) continue;
    const next = toks[c + 1];
    if (!next || !(next.cap || ctx.pack.pronouns[next.lower])) break;
    const m = speakerAfter(ctx, toks, c, e + 1);
    if (m && m.end === e + 1) return { mention: m, cue: toks[c]!.text, confidence: 0.9, cueToken: c };
    break;
  }
  if (punct === ":") {
    const m = speakerBefore(ctx, toks, e + 1, from);
    if (m && m.via === "name" && e - from <= 6) return { mention: m, cue: null, confidence: 0.8, cueToken: -1 };
  }
  // `Reid has warned that unless …, "we face …".`: a cue earlier in the sentence, the quote ending it.
  if (words >= 4 && runsToSentenceEnd(para, close)) {
    for (let c = e; c >= Math.max(from, e - MAX_CUE_REACH); c--) {
      if (!isCue(ctx, toks, c, "before", "beforeWeak") || para.inQuote[c] !== -1) continue;
      const m = speakerBefore(ctx, toks, c, from);
      if (m) return { mention: m, cue: toks[c]!.text, confidence: 0.75, cueToken: c, embedded: true };
    }
  }
  return null;
}

/** "It has been criticised by the British Medical Association …, saying": the agent speaks. */
function agentOrSubject(ctx: Context, para: Paragraph, from: number, e: number): Mention | null {
  const toks = para.tokens;
  for (let k = e - 1; k > from; k--) {
    if (toks[k]!.lower === "by" && toks[k + 1]) {
      let n = k + 1;
      if (ctx.pack.determiners.has(toks[n]!.lower)) n++;
      if (toks[n]?.cap) return speakerAfter(ctx, toks, n - 1, e);
    }
  }
  return sentenceSubject(ctx, toks, from, e);
}

/** A full stop ends the attribution, except after "Mr" or an initial: `"…," Mr. Rhodes said`. */
function endsAttribution(toks: Paragraph["tokens"], k: number): boolean {
  const t = toks[k]!;
  if (!END.has(t.text)) return false;
  const prev = toks[k - 1];
  return !(t.text === "." && prev && prev.kind === "w" && (HONORIFICS.has(prev.lower) || (prev.cap && prev.text.length === 1)));
}

/** "the Associated Press (AP)", "reporters", "him": who was told, with nothing that reads as a clause. */
function isObjectPhrase(ctx: Context, toks: Paragraph["tokens"], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind === "p") {
      if (t.text !== "(" && t.text !== ")" && t.text !== "." && t.text !== "'s") return false;
    } else if (!t.cap && !ctx.pack.determiners.has(t.lower) && !ctx.cues.prepositions.has(t.lower) && !ctx.pack.hearers.has(t.lower)) return false;
  }
  return true;
}

/** Whether words other than a short adjunct ("on Monday", "in a statement") follow a cue. */
function reportsMore(ctx: Context, toks: Paragraph["tokens"], from: number, end: number): boolean {
  let words = 0;
  for (let k = from; k < end; k++) if (toks[k]!.kind !== "p") words++;
  return words > 0 && !ctx.cues.prepositions.has(toks[from]?.lower ?? "") && !ctx.cues.adverbs.has(toks[from]?.lower ?? "") || words > 5;
}

function runsToSentenceEnd(para: Paragraph, close: number): boolean {
  const toks = para.tokens;
  // Only closing punctuation may stand between a quote and its sentence's end; a run of marks is no sentence.
  for (let k = close + 1; k < toks.length && k - close <= MAX_CLOSING_MARKS; k++) {
    const t = toks[k]!;
    if (END.has(t.text)) return true;
    if (t.kind !== "p") return false;
  }
  return close + 1 + MAX_CLOSING_MARKS >= toks.length;
}

function countWords(toks: Paragraph["tokens"], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (toks[k]!.kind !== "p") n++;
  return n;
}

function isQuoteMark(s: string): boolean {
  return /^(["“”„‟«»＂]|'')$/.test(s);
}

export function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
