import { sentenceSubject, speakerAfter, speakerBefore } from "./attribute.ts";
import type { Context, Mention, Paragraph } from "./context.ts";
import { cueAt, cueText, isCue } from "./cue-at.ts";
import type { CueType } from "./cues.ts";
import { round } from "./direct-quotes.ts";
import type { FoundQuote, QuotePass, Reading } from "./reading.ts";
import { TITLE_WORDS } from "./lexicon.ts";
import { lowerBound } from "./search.ts";
import type { Token } from "./tokens.ts";

/** Tokens a reported clause may run to: a sentence with no full stop can be a whole file. */
const MAX_CLAUSE = 150;


interface Content {
  from: number;
  to: number;
  /** A complementizer or a comma marked the clause: no need to guess it is one. */
  marked: boolean;
}

/**
 * Reported speech in one sentence: "X mengatakan (bahwa) …", "menurut X, …", "…, katanya",
 * "X said (that) …", "according to X, …". The content excludes the cue, the speaker and the
 * complementizer. Reports whose object is only a noun phrase are not quotes.
 */
export const indirectQuotes: QuotePass = (ctx: Context, reading: Reading): FoundQuote[] => {
  const { para, a, b, consumed } = reading;
  const out: FoundQuote[] = [];
  const toks = para.tokens;
  for (let i = a; i < b; i++) {
    if (para.inQuote[i] !== -1 || consumed.has(i)) continue;
    const hit = cueAt(ctx, toks, i);
    if (!hit.types.size) continue;
    const found = readCue(ctx, para, i, hit.types, hit.length, a, b);
    if (!found) continue;
    const { mention, content, confidence } = found;
    const { from } = content;
    let { to } = content;
    while (to > from && toks[to - 1]!.kind === "p" && /^[.,;:!?]$/.test(toks[to - 1]!.text)) to--;
    // Content that starts inside a quote is the quote's own sentence, not a report of it.
    if (to - from < 3 || !mention.entity || para.inQuote[from] !== -1 || overlapsQuote(para, from, to) || holdsCue(consumed, from, to)) continue;
    const start = toks[from]!.start;
    const end = toks[to - 1]!.end;
    ctx.salience.spoke(mention.entity, start);
    out.push({
      entity: mention.entity,
      quote: {
        kind: "indirect",
        text: ctx.body.slice(start, end),
        start,
        end,
        speaker: mention.entity.name,
        speakerMention: mention.text,
        cue: cueText(ctx, toks, i, hit.length),
        confidence: round(confidence - (mention.via === "name" ? 0 : 0.1)),
      },
    });
    i = Math.max(i + hit.length - 1, to - 1); // never step back: trailing cues sit after their content
  }
  return out;
};

function readCue(ctx: Context, para: Paragraph, i: number, types: Set<CueType>, length: number, a: number, b: number) {
  const toks = para.tokens;
  const last = i + length - 1;
  if (types.has("according")) return according(ctx, toks, i, last, a, b);
  if (types.has("afterPronoun")) return pronounCue(ctx, toks, i, a, b);
  if (types.has("passive")) return passiveCue(ctx, toks, i, a, b);
  if (types.has("participle") && !types.has("before")) return participleCue(ctx, para, i, a, b);
  if (types.has("after") && toks[i - 1]?.text === ",") {
    const tail = trailing(ctx, toks, i, a, b);
    if (tail) return tail;
  }
  if (types.has("after") && !types.has("before")) {
    const tail = trailingSubjectFirst(ctx, toks, i, a, b);
    if (tail) return tail;
    return null;
  }
  if (types.has("before") || types.has("beforeWeak") || types.has("intent")) {
    const tail = trailingSubjectFirst(ctx, toks, i, a, b);
    if (tail) return tail;
    if (isNegated(ctx, toks, i, a)) return null;
    const mention = speakerBefore(ctx, toks, i, a) ?? (types.has("before") && para.inQuote[a] === -1 && toks[a]!.kind !== "p" ? openingPerson(ctx, toks, a, i) : null);
    if (!mention) return null;
    // "Rakhmat Hidayat mengapresiasi pembentukan tim …": no clause, but the next "ucapnya" is his.
    if (mention.entity?.kind === "person" && mention.via === "name") ctx.salience.spoke(mention.entity, toks[i]!.start);
    const content = clauseAfter(ctx, para, i, b, types.has("intent") && !types.has("before"));
    if (!content) return null;
    const weak = !types.has("before");
    const first = toks[content.from]!;
    // "argued against the label", "defended giving it …": an object, not a reported clause.
    if (!content.marked && ((ctx.pack.prepositionOpensObject && ctx.cues.prepositions.has(first.lower)) || (weak && ctx.pack.gerundShape.test(first.lower)))) return null;
    if (ctx.pack.sayVerbs.has(toks[i]!.lower) && !weak) return { mention, content, confidence: content.marked ? 0.85 : 0.8 };
    if (!content.marked && (weak || !looksLikeClause(ctx, toks, content.from, content.to))) {
      if (!(weak && looksLikeClause(ctx, toks, content.from, content.to))) return null;
    }
    if (weak && !content.marked && !types.has("intent") && !looksLikeClause(ctx, toks, content.from, content.to)) return null;
    return { mention, content, confidence: weak ? 0.65 : content.marked ? 0.85 : 0.8 };
  }
  return null;
}

/** "Menurut Boy, …" · "Menurut dia kejadian …" · "…, according to officials." */
/** Tokens of an opening phrase before "menurut dia," / "according to him,": "Untuk itu", "Kendati demikian". */
const OPENING_PHRASE = 4;

function according(ctx: Context, toks: Token[], i: number, last: number, a: number, b: number) {
  const mention = speakerAfter(ctx, toks, last, b);
  if (!mention || mention.end === undefined) return null;
  let k = mention.end;
  // "…, according to a CNN tally, but …": after a clause, the source reports what came before it;
  // after an opening phrase ("Untuk itu, menurut dia, …") it reports what follows.
  if (toks[i - 1]?.text === "," && i - 1 - a > OPENING_PHRASE) {
    return { mention, content: { from: a, to: i - 1, marked: true }, confidence: 0.85 };
  }
  if (toks[k]?.text === ":") return null; // "According to HuffPo: "…"" is the direct quote's
  const marked = toks[k]?.text === ",";
  if (marked) k++;
  return { mention, content: { from: k, to: clauseEnd(ctx, toks, k, b), marked: true }, confidence: 0.85 };
}

/** "…, katanya." points back to the last speaker; "Harapannya, …" opens the content. */
function pronounCue(ctx: Context, toks: Token[], i: number, a: number, b: number) {
  const entity = ctx.salience.lastSpeaker();
  if (!entity) return null;
  const mention: Mention = { entity, text: toks[i]!.text, via: "pronoun" };
  if (toks[i - 1]?.text === "," && atSentenceEnd(ctx, toks, i + 1, b)) {
    return { mention, content: { from: a, to: i - 1, marked: true }, confidence: 0.8 };
  }
  if (toks[i + 1]?.text === "," && i - a <= 2) {
    return { mention, content: { from: i + 2, to: clauseEnd(ctx, toks, i + 2, b), marked: true }, confidence: 0.8 };
  }
  return null;
}

/** "Fiorina attacked Trump, saying conservatives need to band together": the clause's subject reports. */
function participleCue(ctx: Context, para: Paragraph, i: number, a: number, b: number) {
  const toks = para.tokens;
  if (i === a || toks[i - 1]!.kind === "w" && !ctx.cues.adverbs.has(toks[i - 1]!.lower) && toks[i - 1]!.lower !== "by") return null;
  const mention = sentenceSubject(ctx, toks, a, i);
  if (!mention?.entity) return null;
  const content = clauseAfter(ctx, para, i, b, false);
  if (!content) return null;
  // "saying the cuts went too far" is a clause however its verb is spelled; "calling it …" needs a verb in sight.
  if (!content.marked && !ctx.pack.sayVerbs.has(toks[i]!.lower) && !looksLikeClause(ctx, toks, content.from, content.to)) return null;
  return { mention, content, confidence: 0.7 };
}

/**
 * "Hal senada disampaikan Rizki Rifai." names the next speaker without a clause of its own;
 * "…, demikian dikatakan Boy." reports what comes before it.
 */
function passiveCue(ctx: Context, toks: Token[], i: number, a: number, b: number) {
  // "dinyatakan positif Covid-19": the agent stands right after the verb, or after "oleh".
  const next = toks[i + 1];
  if (!next || !(next.cap || ctx.pack.passiveAgentMarkers.has(next.lower))) return null;
  const mention = speakerAfter(ctx, toks, ctx.pack.passiveAgentMarkers.has(next.lower) ? i + 1 : i, b);
  if (!mention?.entity || mention.end === undefined) return null;
  ctx.salience.spoke(mention.entity, toks[i]!.start);
  let c = i - 1;
  while (c > a && toks[c]!.kind === "w" && i - c <= 2) c--; // "demikian", "seperti"
  if (toks[c]?.text !== "," || !atSentenceEnd(ctx, toks, mention.end, b)) return null;
  return { mention, content: { from: a, to: c, marked: true }, confidence: 0.75 };
}

/** "…, kata Boy." · "…, said Smith." */
function trailing(ctx: Context, toks: Token[], i: number, a: number, b: number) {
  let n = i + 1;
  if (toks[n] && ctx.pack.determiners.has(toks[n]!.lower)) n++;
  if (!toks[n] || !(toks[n]!.cap || ctx.pack.pronouns[toks[n]!.lower])) return null; // "…, accused the forces of …" is no tail
  const mention = speakerAfter(ctx, toks, i, b);
  if (!mention || mention.end === undefined || !atSentenceEnd(ctx, toks, mention.end, b)) return null;
  return { mention, content: { from: a, to: i - 1, marked: true }, confidence: 0.8 };
}

/** "…, Smith said." · "…, the ministry said." */
function trailingSubjectFirst(ctx: Context, toks: Token[], i: number, a: number, b: number) {
  if (!atSentenceEnd(ctx, toks, i + 1, b)) return null;
  // "…, a spokeswoman, Anna White, said.": the attribution may hold commas of its own.
  for (let k = i - 2; k > a && i - k <= TRAILING_REACH; k--) {
    if (toks[k]!.text !== ",") continue;
    const mention = speakerBefore(ctx, toks, i, k + 1);
    if (!mention) continue;
    const end = descriptionBefore(ctx, toks, k, a); // ", a spokeswoman, Ines Palk, said"
    return { mention, content: { from: a, to: end, marked: true }, confidence: 0.8 };
  }
  return null;
}

/** The comma that opens ", a spokeswoman," before the comma at k, or k when no such description stands there. */
function descriptionBefore(ctx: Context, toks: Token[], k: number, a: number): number {
  for (let c = k - 1; c > a && k - c <= 7; c--) {
    const t = toks[c]!;
    if (t.text === ",") return ctx.pack.determiners.has(toks[c + 1]!.lower) ? c : k;
    if (t.kind !== "w" || isCue(ctx, toks, c, "before", "after", "beforeWeak") || ctx.pack.clauseMarkers.has(t.lower)) return k;
  }
  return k;
}

/** Where the reported clause after a cue starts and ends. */
function clauseAfter(ctx: Context, para: Paragraph, i: number, b: number, infinitive: boolean): Content | null {
  const toks = para.tokens;
  let k = i + 1;
  let marked = false;
  const jump = complementizerAhead(ctx, toks, i, b);
  if (jump >= 0) {
    k = jump;
    marked = true;
  } else {
    if (toks[k]?.text === "," || toks[k]?.text === ":") {
      k++;
      marked = true;
    }
    if (toks[k] && ctx.cues.complementizers.has(toks[k]!.lower)) {
      if (!ctx.pack.infinitiveMarkers.has(toks[k]!.lower) || infinitive) marked = true;
      k++;
    } else if (infinitive && toks[k] && ctx.pack.infinitiveMarkers.has(toks[k]!.lower)) {
      k++;
      marked = true;
    }
  }
  if (k >= b || para.inQuote[k] !== -1) return null;
  if (/^(["“”„«]|'')$/.test(toks[k]!.text) && !quoteGoesOn(para, k, b)) return null; // `said "…".` is a direct quote
  if (isCue(ctx, toks, k, "participle", "before", "after")) return null; // "argued …, saying": no clause of its own
  let to = clauseEnd(ctx, toks, k, b);
  if (infinitive) {
    for (let c = k; c < to; c++) if (toks[c]!.text === ",") { to = c; break; }
  }
  return { from: k, to, marked };
}

/** "told reporters that …", "advised the Chief of Staff Yitzhak Rabin that …", "mengatakan kepada wartawan, …". */
function complementizerAhead(ctx: Context, toks: Token[], cue: number, b: number): number {
  const k = cue + 1;
  const first = toks[k];
  if (!first) return -1;
  if (ctx.cues.complementizers.has(first.lower)) return -1;
  // "said Obama has never …" is a clause; only "told Obama that …" has an object before its clause.
  const hearer = ctx.pack.hearerVerbs.has(toks[cue]!.lower);
  const objectLike = ctx.cues.prepositions.has(first.lower) || ctx.pack.hearers.has(first.lower) || (hearer && (first.cap || ctx.pack.determiners.has(first.lower)));
  if (!objectLike) return adjunctThenComplementizer(ctx, toks, k, b);
  for (let c = k + 1; c < b && c - k <= 12; c++) {
    const t = toks[c]!;
    if (ctx.cues.complementizers.has(t.lower) && !ctx.pack.infinitiveMarkers.has(t.lower)) return c + 1;
    if (t.text === "," && ctx.cues.prepositions.has(first.lower) && ctx.pack.commaAfterHearerOpensClause) return c + 1;
    if (t.kind === "p" && t.text !== "." && t.text !== "(" && t.text !== ")") return -1;
    if (!t.cap && t.kind === "w" && !ctx.cues.prepositions.has(t.lower) && !ctx.pack.determiners.has(t.lower) && !ctx.pack.hearers.has(t.lower) && !first.cap && !ctx.cues.prepositions.has(first.lower)) return -1;
  }
  return -1;
}

/** Tokens an adjunct between a cue and its "that" may run to: "said Thursday during a town hall in Buffalo, New York, that …". */
const ADJUNCT_REACH = 20;

/**
 * "said earlier this year that …", "said, however, that …", "said Sunday in Madison, Wisconsin, that …":
 * where a complementizer follows an adjunct with no verb of its own, the content starts after it.
 * "said Obama has never …, that …" has a verb first, so it does not count.
 */
function adjunctThenComplementizer(ctx: Context, toks: Token[], k: number, b: number): number {
  for (let c = k; c < b && c - k <= ADJUNCT_REACH; c++) {
    const t = toks[c]!;
    if (ctx.cues.complementizers.has(t.lower) && !ctx.pack.infinitiveMarkers.has(t.lower)) return c > k ? c + 1 : -1;
    if (t.kind === "p") {
      if (!/^[,()]$/.test(t.text)) return -1;
      continue;
    }
    if (t.cap || t.kind === "n") continue;
    const l = t.lower;
    if (ctx.pack.clauseMarkers.has(l) || ctx.pack.pronouns[l] || ctx.cues.words.has(l) || ctx.pack.verbShape.test(l) || ctx.pack.gerundShape.test(l)) return -1;
  }
  return -1;
}

/** The clause runs to the sentence end, or to a second report joined by "dan"/"and"/a comma. */
function clauseEnd(ctx: Context, toks: Token[], k: number, b: number): number {
  b = Math.min(b, k + MAX_CLAUSE);
  for (let c = k + 1; c < b; c++) {
    const joint = toks[c]!;
    if (joint.text !== "," && joint.text !== ";" && !ctx.pack.clauseJoiners.has(joint.lower)) continue;
    let n = c + 1;
    // "USA deny they supported dictators and they protest …": a new subject, a new clause.
    if (toks[c]!.kind === "w" && toks[n] && ctx.pack.pronouns[toks[n]!.lower] && toks[n]!.lower !== "it") return c;
    while (n < b && ctx.cues.adverbs.has(toks[n]!.lower)) n++;
    if (toks[c]!.text === "," && n < b && isCue(ctx, toks, n, "participle")) return c; // "…, saying "…"": a report of its own
    if (n < b && isCue(ctx, toks, n, "before", "beforeWeak", "afterPronoun", "after") && toks[c]!.text !== ";") {
      if (toks[c]!.text === "," && !isCue(ctx, toks, n, "afterPronoun", "after")) continue;
      return c;
    }
  }
  return b;
}


/** Tokens between the comma that ends a report and its trailing cue: "…, ministry spokesman Benali Cherif Abdelaziz said". */
const TRAILING_REACH = 14;

/** How many words may follow a closing cue: "…, the agency said on Friday in Geneva." */
const MAX_TAIL = 10;

/** Whether only an adjunct ("on Friday", "kepada wartawan di Jakarta, Senin") follows k to the sentence end. */
function atSentenceEnd(ctx: Context, toks: Token[], k: number, b: number): boolean {
  let first = true;
  for (let c = k; c < b; c++) {
    const t = toks[c]!;
    if (t.kind === "p") {
      if (/^(["“”„«»]|'')$/.test(t.text)) return false;
      // "…, Spicer said, adding, "…"" · "…, said Grant Green, a national security official under Reagan."
      if (t.text === "," && (isCue(ctx, toks, c + 1, "participle") || appositiveToEnd(ctx, toks, c + 1, b))) return true;
      continue;
    }
    const opensTail = ctx.cues.prepositions.has(t.lower) || ctx.pack.tailWords.has(t.lower) || ctx.pack.dayNames.has(t.lower);
    if (first && !opensTail) return false;
    if (c - k > MAX_TAIL || ctx.cues.complementizers.has(t.lower)) return false;
    first = false;
  }
  return true;
}

/** Tokens an appositive after a trailing attribution may run to: ", director of the Texas Politics Project at …". */
const APPOSITIVE_TAIL = 30;

/** ", a political scientist at Rice University in Houston." to the sentence end: a description, no clause. */
function appositiveToEnd(ctx: Context, toks: Token[], k: number, b: number): boolean {
  if (k >= b || b - k > APPOSITIVE_TAIL) return false;
  const first = toks[k]!;
  // "a political scientist", "director of …", "Obama's adviser": what opens a description of a person.
  if (!(ctx.pack.determiners.has(first.lower) || TITLE_WORDS.has(first.lower) || first.cap)) return false;
  for (let c = k; c < b; c++) {
    const t = toks[c]!;
    if (t.kind === "p") {
      if (/^(["“”„«»]|'')$/.test(t.text)) return false;
      continue;
    }
    if (isCue(ctx, toks, c, "before", "after", "beforeWeak") || ctx.cues.complementizers.has(t.lower) || ctx.pack.pronouns[t.lower]) return false;
    if (ctx.pack.clauseMarkers.has(t.lower) && !ctx.pack.relatives.has(toks[c - 1]?.lower ?? "")) return false;
  }
  return true;
}

function isNegated(ctx: Context, toks: Token[], i: number, a: number): boolean {
  let j = i - 1;
  while (j >= a && ctx.cues.adverbs.has(toks[j]!.lower) && !ctx.cues.negations.has(toks[j]!.lower)) j--;
  return j >= a && ctx.cues.negations.has(toks[j]!.lower);
}

/** Whether a complement reads as a clause (has a verb or auxiliary) rather than a bare noun phrase. */
function looksLikeClause(ctx: Context, toks: Token[], from: number, to: number): boolean {
  const pack = ctx.pack;
  if (pack.prepositionOpensObject && ctx.cues.prepositions.has(toks[from]!.lower)) return false;
  // A clause shows its verb early; a noun phrase object may hide one deep in a relative clause.
  for (let c = from; c < Math.min(to, from + pack.clauseWindow); c++) {
    const t = toks[c]!;
    if (t.kind !== "w") continue;
    if (pack.relatives.has(t.lower)) return false;
    if (ctx.cues.clauseMarkers.has(t.lower)) return true;
    if (!t.cap && (c > from || pack.finiteVerb.first) && pack.finiteVerb.shape.test(t.lower) && !pack.notVerbs.has(t.lower)) return true;
  }
  return false;
}

/** `"…," Sanders said, according to CNN.`: content that holds another report's cue is that report's. */
function holdsCue(consumed: Set<number>, from: number, to: number): boolean {
  // Over the content, not the set: a paragraph that is a whole file may have used thousands of cues.
  for (let k = from; k < to; k++) if (consumed.has(k)) return true;
  return false;
}

/** Whether words of the sentence follow the quote that opens at token k. */
function quoteGoesOn(para: Paragraph, k: number, b: number): boolean {
  const s = para.spanTokens[lowerBound(para.spanTokens, k, (x) => x.open)];
  if (!s || s.open !== k) return false;
  for (let c = s.close + 1; c < b; c++) if (para.tokens[c]!.kind !== "p") return true;
  return false;
}

function overlapsQuote(para: Paragraph, from: number, to: number): boolean {
  // Content that is all one quote is the direct quote's business; quoted words in a clause
  // that goes on ("said he was "…" and …", `said "…" every time …`) are part of the report.
  const i = lowerBound(para.spanTokens, from, (s) => s.open);
  const s = para.spanTokens[i];
  return !!s && s.open <= from && s.close >= to - 1 && s.close - s.open > 6;
}

/**
 * "Menteri X Airlangga Hartarto, saat menyampaikan … Senin sore menyatakan, …": the person the
 * sentence opens with, when the cue's own neighbour names no one (never a quote's first word).
 */
function openingPerson(ctx: Context, toks: Token[], a: number, i: number): Mention | null {
  const m = sentenceSubject(ctx, toks, a, i);
  return m?.entity?.kind === "person" && m.via === "name" ? m : null;
}
