import { parseNames, writtenLowerCase, type Context, type Mention } from "./context.ts";
import { chainAfter, chainBefore } from "./name-chain.ts";
import { TITLE_WORDS } from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import type { Token } from "./tokens.ts";

const COORDINATORS = new Set(["dan", "serta", "lalu", "kemudian", "and", "but", "then", "namun", "tapi", "tetapi", "sambil", "seraya"]);
const INFINITIVE = new Set(["to", "untuk"]);
const RELATIVE = new Set(["yang", "who", "which"]);

/** The speaker of a cue that follows its subject: "Stoltenberg mengatakan", "Mr. Bao, the envoy, said". */
export function speakerBefore(ctx: Context, toks: Token[], cue: number, from: number): Mention | null {
  let j = cue - 1;
  while (j >= from && ctx.cues.adverbs.has(toks[j]!.lower)) j--;
  if (j < from) return null;
  let t = toks[j]!;
  if (t.text === "," && j > from) {
    const skipped = skipAppositive(ctx, toks, j, from);
    if (skipped === null) return null;
    j = skipped;
    while (j >= from && ctx.cues.adverbs.has(toks[j]!.lower)) j--;
    if (j < from) return null;
    t = toks[j]!;
  }
  if (COORDINATORS.has(t.lower) || INFINITIVE.has(t.lower)) return sentenceSubject(ctx, toks, from, j);
  if (RELATIVE.has(t.lower)) {
    let k = j - 1;
    if (toks[k]?.text === ",") k--;
    return k >= from ? mentionEndingAt(ctx, toks, k, from) : null;
  }
  return mentionEndingAt(ctx, toks, j, from);
}

/** The speaker of a cue followed by its subject: "kata Stoltenberg", "said Mr. Bao", "kata dia". */
export function speakerAfter(ctx: Context, toks: Token[], cue: number, to: number): Mention | null {
  let k = cue + 1;
  const pronoun = toks[k] && ctx.pack.pronouns[toks[k]!.lower];
  if (pronoun) return { ...pronounMention(ctx, toks[k]!, pronoun), end: k + 1 };
  // "kata salah seorang saksi mata Maizarni": a description may come before the name.
  let described = 0;
  while (k < to && toks[k]!.kind === "w" && !toks[k]!.cap && described < 6) {
    if (ctx.cues.prepositions.has(toks[k]!.lower) || ctx.pack.firstPerson.has(toks[k]!.lower)) return null;
    k++;
    described++;
  }
  if (k >= to || !toks[k]!.cap) {
    const d = described ? descriptionMention(ctx, toks.slice(cue + 1, k)) : null;
    return d && { ...d, end: k };
  }
  const chain = chainAfter(toks, k, ctx.pack);
  const m = chain.length ? chainMention(ctx, chain) : null;
  return m && { ...m, end: k + chain.length };
}

/** The first name or pronoun of a clause, past an opening phrase ("Pada hari Sabtu, …"). */
export function sentenceSubject(ctx: Context, toks: Token[], from: number, to: number): Mention | null {
  let k = from;
  const comma = toks.findIndex((t, i) => i >= from && i < Math.min(to, from + 10) && t.text === ",");
  if (comma >= 0 && !toks[from]!.cap) k = comma + 1;
  else if (comma >= 0 && ctx.pack.sentenceStarters.has(toks[from]!.lower)) k = comma + 1;
  for (let n = 0; k < to && n < 4; k++, n++) {
    const t = toks[k]!;
    const pronoun = ctx.pack.pronouns[t.lower];
    if (pronoun) return pronounMention(ctx, t, pronoun);
    if (t.cap && !ctx.pack.sentenceStarters.has(t.lower)) {
      const chain = chainAfter(toks, k, ctx.pack);
      return chain.length ? chainMention(ctx, chain) : null;
    }
  }
  return null;
}

/** A name, pronoun or description that ends at token j. */
function mentionEndingAt(ctx: Context, toks: Token[], j: number, from: number): Mention | null {
  const t = toks[j]!;
  const pronoun = ctx.pack.pronouns[t.lower];
  if (pronoun) return pronounMention(ctx, t, pronoun);
  if (ctx.pack.firstPerson.has(t.lower)) return null;
  if (t.cap || t.text === ")" || t.text === ".") {
    const chain = chainBefore(toks.slice(from, j + 1), j + 1 - from, ctx.pack);
    return chain.length ? chainMention(ctx, chain) : null;
  }
  if (t.kind === "w") {
    let k = j;
    while (k > from && j - k < 6 && toks[k - 1]!.kind === "w") k--;
    return descriptionMention(ctx, toks.slice(k, j + 1));
  }
  return null;
}

/** Steps back over ", the Prime Minister of Vanuatu," or ", yang …," to what stands before it. */
function skipAppositive(ctx: Context, toks: Token[], comma: number, from: number): number | null {
  for (let k = comma - 1; k > from && comma - k <= 14; k--) {
    if (toks[k]!.text !== ",") continue;
    const first = toks[k + 1]!;
    const opens = ctx.pack.determiners.has(first.lower) || RELATIVE.has(first.lower) || !first.cap || first.kind === "n";
    return opens ? k - 1 : null;
  }
  return null;
}

export function chainMention(ctx: Context, chain: Token[]): Mention | null {
  if (chain.length === 1 && startsSentence(ctx.body, chain[0]!.start) && looksCommon(ctx, chain[0]!)) return null;
  const parsed = parseNames(ctx, chain);
  if (!parsed) return null;
  const text = ctx.body.slice(chain[0]!.start, chain[chain.length - 1]!.end);
  return { entity: ctx.registry.resolve(parsed), text, via: "name" };
}

/** "Keduanya", "Pendistribusian", "Activists": capitalised only because a sentence starts there. */
function looksCommon(ctx: Context, t: Token): boolean {
  if (ctx.registry.knows(t.lower)) return false;
  if (writtenLowerCase(ctx, t.text)) return true;
  return ctx.pack.commonNounShape.test(t.lower);
}

function startsSentence(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“”„«‘'(]/.test(body[i]!)) {
    if (body[i] === "\n") return true;
    i--;
  }
  return i < 0 || /[.!?:]/.test(body[i]!);
}

function pronounMention(ctx: Context, token: Token, kind: "person" | "group"): Mention {
  const entity = kind === "person" ? ctx.salience.person() : ctx.salience.group(token.start);
  return { entity, text: token.text, via: "pronoun" };
}

/**
 * "Pria asal Bandung ini", "the minister": a description that points back to someone named
 * earlier. Descriptions of unnamed sources ("saksi mata", "officials") resolve to nobody.
 */
function descriptionMention(ctx: Context, words: Token[]): Mention | null {
  if (!words.length) return null;
  const lowers = words.map((w) => w.lower);
  const text = ctx.body.slice(words[0]!.start, words[words.length - 1]!.end);
  if (lowers.some((w) => ctx.pack.anonymousSources.has(w)) && !lowers.some((w) => ctx.pack.demonstratives.has(w) && w !== "the")) return null;
  const pointsBack = lowers.some((w) => ctx.pack.demonstratives.has(w));
  if (!pointsBack) return null;
  if (lowers.some((w) => ctx.pack.personNouns.has(w))) return { entity: ctx.salience.person(), text, via: "description" };
  const title = lowers.find((w) => TITLE_WORDS.has(w));
  const entity = title ? ctx.salience.person() : null;
  return entity && hasTitle(entity, title!) ? { entity, text, via: "description" } : null;
}

function hasTitle(entity: Entity, title: string): boolean {
  return entity.titles.has(title);
}
