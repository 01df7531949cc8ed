import { sentenceSubject } from "./attribute.ts";
import { blockIntroduction } from "./block-quotes.ts";
import { findClaims } from "./claims.ts";
import { colonQuotes } from "./colon-quotes.ts";
import { createContext, type Context, type Paragraph } from "./context.ts";
import { detectLanguage } from "./detect-language.ts";
import { directQuotes } from "./direct-quotes.ts";
import { indirectQuotes } from "./indirect-quotes.ts";
import { en } from "./lang/en.ts";
import { id } from "./lang/id.ts";
import { learnNames } from "./learn-names.ts";
import { isNoiseLine } from "./noise.ts";
import { prepareParagraph } from "./paragraph.ts";
import type { FoundQuote, QuoteFlow, Reading } from "./reading.ts";
import { overlapsAny } from "./search.ts";
import { paragraphs } from "./segment.ts";
import type { ExtractedClaim, ExtractOptions, ExtractResult } from "./types.ts";

export type * from "./types.ts";
export { detectLanguage } from "./detect-language.ts";
export { speakerKind } from "./speaker-kind.ts";

/** Stored with every item, so a reviewer can tell which rules produced it. */
export const EXTRACTOR = "attest-rules@0.3.0";

/**
 * Finds quotes (direct and reported, with speakers) and check-worthy claims in an article.
 * Pure: no I/O, so the CLI, the server and the tests share it. Offsets are string indices
 * into `body` and `body.slice(start, end) === text` always holds.
 */
export function extract(body: string, opts: ExtractOptions = {}): ExtractResult {
  const lang = opts.lang ?? detectLanguage(body);
  const ctx = createContext(body, lang === "id" ? id : en);
  const flow: QuoteFlow = { last: null, runOn: null, introduced: null };
  const found: FoundQuote[] = [];
  const claims: ExtractedClaim[] = [];
  let index = 0;
  for (const range of paragraphs(body)) {
    if (isNoiseLine(body.slice(range.start, range.end))) continue;
    const para = prepareParagraph(body, range);
    const headline = isHeadline(body, range, index === 0);
    ctx.salience.enterParagraph(index);
    ctx.titleCase = isTitleCase(para);
    const quotes = readParagraph(ctx, para, index++, flow, headline);
    // Loops, not spread pushes: a spread of over about 120k items throws, and one paragraph can hold that many.
    for (const q of quotes) found.push(q);
    if (headline) continue;
    for (const c of findClaims(ctx, para, quotedText(para, quotes))) claims.push(c);
  }
  // Names are final only once the whole article is read ("Powell" before "Jerome Powell").
  const quotes = found.map(({ quote, entity }) => ({ ...quote, speaker: entity.name })).sort((a, b) => a.start - b.start);
  return { extractor: EXTRACTOR, lang, quotes, claims };
}

/** Stretches of quoted speech, attributed or not: a claim inside one is split from its attribution. */
function quotedText(para: Paragraph, quotes: FoundQuote[]): { start: number; end: number }[] {
  const direct = quotes.filter((q) => q.quote.kind === "direct").map((q) => q.quote);
  const long = para.spans.filter((s) => !s.single && s.end - s.start > 40 && !overlapsAny(direct, s.start, s.end));
  return [...direct, ...long].sort((x, y) => x.start - y.start);
}

/** Who the sentence is about, so that a pronoun after it can find them (or find that they are unnamed). */
function subjectOf(ctx: Context, para: Paragraph, a: number, b: number) {
  const first = para.tokens[a]!;
  if (para.inQuote[a] !== -1 || first.kind === "p") return null; // a quote's own words are not the narrative
  return sentenceSubject(ctx, para.tokens, a, b);
}

/** A short line with no closing punctuation is a headline or subhead: it states no claim of its own. */
function isHeadline(body: string, range: { start: number; end: number }, first: boolean): boolean {
  if (range.end - range.start > MAX_HEADLINE) return false; // and a whole-file paragraph is never split to count it
  const line = body.slice(range.start, range.end);
  if (/[.!?"”'’)]$/.test(line) || line.split(/\s+/).length > 16) return false;
  // A later short line may be a quote paragraph missing its full stop (`"…," ujarnya`).
  return first || !/["“”„«»]|''/.test(line);
}

/** Nearly every longer word capitalised: a headline or subhead in title case, whatever its punctuation. */
function isTitleCase(para: Paragraph): boolean {
  let words = 0;
  let caps = 0;
  for (const t of para.tokens) {
    if (t.kind !== "w" || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
    if (words > TITLE_CASE_WORDS) break; // a headline is short; a long paragraph is not one
  }
  return words >= 4 && words <= TITLE_CASE_WORDS && caps >= 0.9 * words;
}

/** Longer words a title-case headline may have. */
const TITLE_CASE_WORDS = 20;

/** Characters a headline may have: sixteen words of any length. */
const MAX_HEADLINE = 400;

/** Sentence by sentence, so pronouns see only what came before them. */
function readParagraph(ctx: Context, para: Paragraph, index: number, flow: QuoteFlow, headline: boolean): FoundQuote[] {
  const out: FoundQuote[] = [];
  const [first] = para.sentences;
  const reading: Reading = { para, index, a: 0, b: first?.[1] ?? 0, consumed: new Set(), previous: null, flow };
  // "Name: claim" takes the whole paragraph, so it goes before the sentence by sentence passes.
  const colon = colonQuotes(ctx, reading);
  if (colon.length) {
    learnNames(ctx, para.tokens, 0, para.tokens.length);
    return colon;
  }
  for (const [a, b] of para.sentences) {
    reading.a = a;
    reading.b = b;
    learnNames(ctx, para.tokens, a, b);
    const subject = subjectOf(ctx, para, a, b);
    // An unnamed subject counts at once ("Refugees … that they say …"); a named one once the sentence is read.
    if (subject && !subject.entity && subject.via === "description") ctx.salience.unnamed(para.tokens[a]!.start, ctx.pack.pluralNoun.test(subject.text.toLowerCase()));
    if (!headline) {
      const direct = directQuotes(ctx, reading);
      const reported = indirectQuotes(ctx, reading);
      const inClause = (q: FoundQuote) => q.embedded && reported.some((r) => r.quote.start <= q.quote.start && q.quote.end <= r.quote.end + 1);
      for (const q of direct) if (!inClause(q)) out.push(q);
      for (const q of reported) out.push(q);
    }
    if (subject?.entity && subject.via === "name") ctx.salience.mentioned(subject.entity, para.tokens[a]!.start);
  }
  const introduction = index > 0 ? blockIntroduction(ctx, para) : null; // "Cruz continued:" is short enough to pass for a subhead
  flow.introduced = introduction && { attribution: introduction, paragraph: index };
  return out;
}
