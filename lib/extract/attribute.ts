import { capitalisedMidSentence, parseNames, writtenLowerCase, type Context, type Mention } from "./context.ts";
import { CHAIN_LINKS, HONORIFICS, ORG_HEADS, PLACE_HEADS, PORTFOLIOS, TITLE_WORDS } from "./lexicon.ts";
import { FIRST_NAMES } from "./lexicons/index.ts";
import { chainAfter, chainBefore } from "./name-chain.ts";
import type { Token } from "./tokens.ts";


/** The speaker of a cue that follows its subject: "Stoltenberg mengatakan", "Mr. Bao, the envoy, said". */
export function speakerBefore(ctx: Context, toks: Token[], cue: number, from: number): Mention | null {
  let j = skipAdverbs(ctx, toks, cue - 1, from);
  if (j < from) return null;
  let t = toks[j]!;
  if (t.text === "," && j > from) {
    // "Helen Ferre, who took over …, said": the name that opens the sentence, however long its appositive.
    const named = appositiveName(ctx, toks, j, from) ?? nameBeforeComma(ctx, toks, j, from) ?? openingName(ctx, toks, from, j);
    if (named) return named;
    const skipped = skipAppositive(ctx, toks, j, from);
    if (skipped === null) return null;
    j = skipAdverbs(ctx, toks, skipped, from);
    if (j < from) return null;
    t = toks[j]!;
  }
  if (ctx.pack.coordinators.has(t.lower) || ctx.pack.infinitiveMarkers.has(t.lower)) return sentenceSubject(ctx, toks, from, j);
  if (ctx.pack.relatives.has(t.lower)) {
    let k = j - 1;
    if (toks[k]?.text === ",") k--;
    const m = k >= from ? mentionEndingAt(ctx, toks, k, from) : null;
    return m?.entity?.kind === "person" ? m : (personBeforePlace(ctx, toks, k, from) ?? m);
  }
  return mentionEndingAt(ctx, toks, j, from);
}

/** Tokens a name chain may reach back over: far more than any name, far less than a sentence can be. */
const CHAIN_WINDOW = 40;

/**
 * The name chain that ends just before token `end`, looking no further back than `from`. Only a
 * window is copied: a sentence with no full stop can be a whole file, and copying all of it for
 * every cue would make the pass quadratic.
 */
function nameChainEndingAt(ctx: Context, toks: Token[], end: number, from: number): Token[] {
  const start = Math.max(from, end - CHAIN_WINDOW);
  return chainBefore(toks.slice(start, end), end - start, ctx.pack);
}

/** "Nicky Driscoll, 24, from Manchester, who said …": the person a place of origin follows. */
function personBeforePlace(ctx: Context, toks: Token[], k: number, from: number): Mention | null {
  let j = k - nameChainEndingAt(ctx, toks, k + 1, from).length;
  if (j < from || !ctx.cues.prepositions.has(toks[j]!.lower)) return null;
  j--;
  while (j >= from && (toks[j]!.text === "," || toks[j]!.kind === "n")) j--;
  if (j < from || !toks[j]!.cap) return null;
  const m = mentionEndingAt(ctx, toks, j, from);
  return m?.entity?.kind === "person" ? m : null;
}

/** The speaker of a cue followed by its subject: "kata Stoltenberg", "said Mr. Bao", "kata dia". */
export function speakerAfter(ctx: Context, toks: Token[], cue: number, to: number): Mention | null {
  let k = cue + 1;
  const pronoun = toks[k] && ctx.pronouns.get(toks[k]!.lower);
  if (pronoun) return { ...pronounMention(ctx, toks[k]!, pronoun), end: k + 1 };
  // "kata salah seorang saksi mata Maizarni": a description may come before the name.
  let described = 0;
  let anonymous = false;
  while (k < to && toks[k]!.kind === "w" && !toks[k]!.cap && described < 6) {
    const l = toks[k]!.lower;
    if (ctx.cues.prepositions.has(l) || ctx.pack.firstPerson.has(l)) break;
    if (ctx.pack.anonymousSources.has(l)) anonymous = true;
    k++;
    described++;
  }
  if (k >= to || !toks[k]!.cap) {
    const d = described ? descriptionMention(ctx, toks.slice(cue + 1, k)) : null;
    return d && { ...d, end: k };
  }
  let chain = chainAfter(toks, k);
  let after = k + chain.length;
  // "said Marquette pollster Charles Franklin": a description in lower case between two names.
  const later = personAfterDescription(ctx, toks, after, to);
  if (later) {
    chain = later.chain;
    after = later.start + later.chain.length;
  }
  const m = chain.length ? chainMention(ctx, chain) : null;
  // "kata juru bicara Gugus Tugas Kabupaten Bekasi, Alamsyah, …": the name follows the body they speak for.
  if (m?.entity?.kind !== "person" && toks[after]?.text === ",") {
    const named = appositivePerson(ctx, toks, after + 1, to);
    if (named) return named;
  }
  // "kata politisi senior Partai Golkar ini": a description of someone named before.
  if (ctx.pack.demonstratives.has(toks[after]?.lower ?? "") && (described || chain.length)) {
    const entity = ctx.salience.person();
    return entity && { entity, text: ctx.body.slice(toks[cue + 1]!.start, toks[after]!.end), via: "description", end: after + 1 };
  }
  // "kata seorang warga Desa Pagat": a place after an unnamed source names no one.
  if (!m || (anonymous && m.entity?.kind !== "person")) return null;
  if (isAnonymousHead(ctx, toks[after])) return null; // "said a Senate aide"
  return { ...m, end: after };
}

/** Comma-closed phrases a sentence may open with before its subject. */
const OPENING_PHRASES = 2;

/**
 * The first name or pronoun of a clause, past an opening phrase ("Pada hari Sabtu, …") or a
 * bare title ("Kapten tim Essien, Dani Hamdani …"). An unnamed subject ("Seorang suporter",
 * "Witnesses") gives a mention with no entity, so that pronouns after it find nobody.
 */
export function sentenceSubject(ctx: Context, toks: Token[], from: number, to: number): Mention | null {
  from = afterDateline(toks, from, to);
  let k = from;
  // "Dalam wawancara daring, Senin (20/4/2020), Bima …": opening phrases, each closed by a comma.
  for (let phrase = 0; phrase < OPENING_PHRASES && k < to; phrase++) {
    const t = toks[k]!;
    const opener = ctx.pack.sentenceStarters.has(t.lower) || ctx.pack.dayNames.has(t.lower);
    if (!opener && (phrase > 0 || t.cap)) break;
    let comma = -1;
    for (let i = k; i < Math.min(to, k + 10); i++) if (toks[i]!.text === ",") { comma = i; break; }
    if (comma < 0) break;
    k = comma + 1;
  }
  for (const limit = Math.min(to, k + 4); k < limit; k++) {
    const t = toks[k]!;
    if (ctx.pack.firstPerson.has(t.lower)) return null;
    const pronoun = ctx.pronouns.get(t.lower);
    if (pronoun) return pronounMention(ctx, t, pronoun);
    if (ctx.pack.anonymousSources.has(t.lower)) return unnamed(ctx, t);
    if (!t.cap || ctx.pack.sentenceStarters.has(t.lower)) continue;
    const chain = chainAfter(toks, k);
    const after = k + chain.length;
    if (isAnonymousHead(ctx, toks[after])) return unnamed(ctx, t); // "Pentagon officials"
    const m = chain.length ? chainMention(ctx, chain) : null;
    const appositive = toks[after]?.text === "," ? appositiveSubject(ctx, toks, after, to) : null;
    if (appositive?.entity?.kind === "person") return appositive; // "Ketua Paguyuban X, Entin Kartini, …"
    return m ?? appositiveSubject(ctx, toks, after, to);
  }
  return null;
}

/**
 * The name after a description that follows a first capitalised word: "Marquette pollster
 * Charles Franklin", "Republican political consultant Chris Russell". Null when the words after
 * the chain are not such a description.
 */
function personAfterDescription(ctx: Context, toks: Token[], k: number, to: number): { chain: Token[]; start: number } | null {
  let n = k;
  // "chief of staff": a link may join two words of the description.
  const joins = (i: number) => CHAIN_LINKS.has(toks[i]!.lower) && i > k && i + 1 < to && !toks[i + 1]!.cap;
  while (n < to && n - k < 5 && toks[n]!.kind === "w" && !toks[n]!.cap && (isDescriptive(ctx, toks[n]!) || joins(n))) n++;
  if (n > k && toks[n]?.text === ",") n++; // "Rubio's deputy campaign manager, Rich Beeson"
  if (n === k || n >= to || !toks[n]!.cap) return null;
  const chain = chainAfter(toks, n);
  const parsed = chain.length ? parseNames(ctx, chain) : null;
  return parsed?.kind === "person" && parsed.words.length >= 2 ? { chain, start: n } : null;
}

/** A word that may describe someone before their name: "pollster", "political", "deputy". */
function isDescriptive(ctx: Context, t: Token): boolean {
  const l = t.lower;
  return !ctx.cues.prepositions.has(l) && !ctx.cues.words.has(l) && !ctx.cues.complementizers.has(l) && !ctx.pack.clauseMarkers.has(l)
    && !ctx.pack.determiners.has(l) && !ctx.pack.demonstratives.has(l) && !ctx.cues.adverbs.has(l) && !ctx.pack.verbShape.test(l);
}

/** A person's name right after a comma that closes a title or organisation: ", Salman Saelangi, …". */
function appositivePerson(ctx: Context, toks: Token[], k: number, to: number): Mention | null {
  if (k >= to || !toks[k]!.cap) return null;
  const chain = chainAfter(toks, k);
  const end = k + chain.length;
  if (!chain.length || (end < to && toks[end]!.text !== "," && toks[end]!.text !== "(" && toks[end]!.kind !== "w")) return null;
  const m = chainMention(ctx, chain);
  return m?.entity?.kind === "person" ? { ...m, end } : null;
}

/** Tokens a dateline may take before its dash: "ST. LOUIS —", "PARIS (Reuters) -", "Bisnis.com, JAKARTA -". */
const DATELINE_MAX = 8;

/** The token after a dateline that opens the clause ("WASHINGTON — Sen. Bernie Sanders …"), or from. */
export function afterDateline(toks: Token[], from: number, to: number): number {
  if (from !== 0 || !toks[0]?.cap) return from; // a dateline opens its paragraph
  let shouted = false;
  for (let k = from; k < to && k - from < DATELINE_MAX; k++) {
    const t = toks[k]!;
    if (t.kind === "w" && t.text.length >= 3 && isUpperCode(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase()) shouted = true;
    if (/^[—–-]$/.test(t.text)) return shouted && k + 1 < to ? k + 1 : from;
  }
  return from;
}

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/** "Kapten tim Essien, Dani Hamdani berharap …": a bare title or description, then the name after a comma. */
function appositiveSubject(ctx: Context, toks: Token[], k: number, to: number): Mention | null {
  for (let n = k; n < Math.min(to, k + 6); n++) {
    const t = toks[n]!;
    if (t.text === ",") {
      const next = toks[n + 1];
      if (!next?.cap) return null;
      const chain = chainAfter(toks, n + 1);
      return chain.length ? chainMention(ctx, chain) : null;
    }
    if (t.kind !== "w" || isVerbLike(ctx, t)) return null;
  }
  return null;
}

/** "…, Anna White, said": a name that is all there is between the clause's start (or a comma) and the cue's comma. */
function nameBeforeComma(ctx: Context, toks: Token[], comma: number, from: number): Mention | null {
  if (comma - 1 < from || !toks[comma - 1]!.cap) return null;
  const chain = nameChainEndingAt(ctx, toks, comma, from);
  const start = comma - chain.length;
  if (!chain.length || (start > from && toks[start - 1]!.text !== ",")) return null;
  const m = chainMention(ctx, chain);
  return m?.entity?.kind === "person" ? m : null;
}

/** How far a cue may stand from the name that opens its sentence: "Name, a long appositive …, said". */
const OPENING_REACH = 45;

/** The name that opens the sentence and is closed by its first comma: "Christopher Harvey, a delegate from Houston, Texas, said". */
function openingName(ctx: Context, toks: Token[], from: number, comma: number): Mention | null {
  if (comma - from > OPENING_REACH || !toks[from]?.cap) return null;
  const chain = chainAfter(toks, from);
  if (!chain.length || toks[from + chain.length]?.text !== ",") return null;
  const m = chainMention(ctx, chain);
  return m?.entity?.kind === "person" ? m : null;
}

/** "Kuasa hukum Rizal, Bonar Simanjuntak, mengatakan": the name between two commas before the cue. */
function appositiveName(ctx: Context, toks: Token[], comma: number, from: number): Mention | null {
  let k = comma - 1;
  while (k >= from && k > comma - 6 && toks[k]!.text !== ",") k--;
  if (k < from || toks[k]!.text !== ",") return null;
  const chain = chainAfter(toks, k + 1);
  if (!chain.length || chain.length !== comma - k - 1) return null;
  const m = chainMention(ctx, chain);
  return m?.entity?.kind === "person" ? m : null;
}

function isVerbLike(ctx: Context, t: Token): boolean {
  return ctx.cues.clauseMarkers.has(t.lower) || ctx.pack.verbShape.test(t.lower) || ctx.cues.words.has(t.lower);
}

function isAnonymousHead(ctx: Context, t: Token | undefined): boolean {
  return !!t && !t.cap && ctx.pack.anonymousSources.has(t.lower);
}

function skipAdverbs(ctx: Context, toks: Token[], j: number, from: number): number {
  while (j >= from && ctx.cues.adverbs.has(toks[j]!.lower)) j--;
  return skipAdjunct(ctx, toks, j, from);
}

/** Words an adjunct between a name and its cue may hold: "on Tuesday", "in a statement", "pada Senin". */
const ADJUNCT_MAX = 4;

/** Steps back over "on Tuesday" or "in a statement" when a name stands before it: "Clinton on Tuesday said". */
function skipAdjunct(ctx: Context, toks: Token[], j: number, from: number): number {
  for (let k = j; k > from && j - k < ADJUNCT_MAX; k--) {
    const t = toks[k]!;
    if (t.kind === "p") return j;
    if (ctx.cues.prepositions.has(t.lower) && !t.cap) {
      const before = toks[k - 1]!;
      return k < j && (before.cap || ctx.pronouns.get(before.lower)) ? k - 1 : j;
    }
    if (t.cap && !ctx.pack.dayNames.has(t.lower) && !ctx.pack.monthNames.has(t.lower)) return j;
  }
  return j;
}

/** A name, pronoun or description that ends at token j. */
function mentionEndingAt(ctx: Context, toks: Token[], j: number, from: number): Mention | null {
  const t = toks[j]!;
  const pronoun = ctx.pronouns.get(t.lower);
  if (pronoun) return pronounMention(ctx, t, pronoun);
  if (ctx.pack.firstPerson.has(t.lower)) return null;
  if (t.cap || t.text === ")" || t.text === ".") {
    const chain = nameChainEndingAt(ctx, toks, j + 1, from);
    if (!chain.length) return null;
    // "Seorang sumber di internal KPK", "Diplomats at the UN": the name sits inside an unnamed source,
    // unless it is the person's own ("Pengamat politik dari Universitas Lampung Robi Kurniawan").
    const m = chainMention(ctx, chain);
    if (m?.entity?.kind !== "person" && unnamedBefore(ctx, toks, j + 1 - chain.length, from)) return null;
    return m;
  }
  if (t.kind === "w") {
    let k = j;
    while (k > from && j - k < 6 && (toks[k - 1]!.kind === "w" || toks[k - 1]!.text === ".")) k--;
    return descriptionMention(ctx, toks.slice(k, j + 1));
  }
  return null;
}

function unnamedBefore(ctx: Context, toks: Token[], chainStart: number, from: number): boolean {
  let sawPreposition = false;
  for (let k = chainStart - 1; k >= from && chainStart - k <= 6; k--) {
    const t = toks[k]!;
    if (t.kind === "p" || ctx.cues.words.has(t.lower)) return false;
    if (ctx.cues.prepositions.has(t.lower)) sawPreposition = true;
    else if (sawPreposition && ctx.pack.anonymousSources.has(t.lower)) return true;
  }
  return false;
}

/** Steps back over ", the Prime Minister of Vanuatu," or ", yang …," to what stands before it. */
function skipAppositive(ctx: Context, toks: Token[], comma: number, from: number): number | null {
  for (let k = comma - 1; k > from && comma - k <= 14; k--) {
    if (toks[k]!.text !== ",") continue;
    const first = toks[k + 1]!;
    const opens = ctx.pack.determiners.has(first.lower) || ctx.pack.relatives.has(first.lower) || !first.cap || first.kind === "n";
    return opens ? k - 1 : null;
  }
  return null;
}

export function chainMention(ctx: Context, chain: Token[]): Mention | null {
  // "Obama's deputy", "NBC’s Chuck Todd": a possessive names whose someone is, not the speaker.
  if (/['’]s$/.test(chain[chain.length - 1]!.text)) return null;
  // "Speaking Sunday", "Hastily Trump …": a common word that only starts the sentence is no part of the name.
  const opens = startsSentence(ctx.body, chain[0]!.start);
  while (chain.length > 1 && opens && isPlainWord(chain[0]!) && looksCommon(ctx, chain[0]!)) chain = chain.slice(1);
  if (chain.length === 1 && opens && looksCommon(ctx, chain[0]!)) return null;
  const parsed = parseNames(ctx, chain);
  if (!parsed) return null;
  const text = ctx.body.slice(chain[0]!.start, chain[chain.length - 1]!.end);
  return { entity: ctx.registry.resolve(parsed), text, via: "name" };
}

/** A word that is neither a first name nor a word names are built of (titles, bodies, places, honorifics). */
function isPlainWord(t: Token): boolean {
  const l = t.lower;
  return !FIRST_NAMES.has(l) && !TITLE_WORDS.has(l) && !ORG_HEADS.has(l) && !PORTFOLIOS.has(l) && !PLACE_HEADS.has(l) && !HONORIFICS.has(l.replace(/\.$/, ""));
}

/** "Keduanya", "Pendistribusian", "Activists": capitalised only because a sentence starts there. */
function looksCommon(ctx: Context, t: Token): boolean {
  if (ctx.registry.knows(t.lower)) return false;
  if (ctx.pack.personNouns.has(t.lower) || ctx.pack.anonymousSources.has(t.lower) || ctx.pack.gerundShape.test(t.lower)) return true;
  if (ctx.pack.commonWords.has(t.lower) && !capitalisedMidSentence(ctx, t.text)) return true;
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
  const entity = kind === "person" ? ctx.salience.person(ctx.pack.pronounGender[token.lower]) : ctx.salience.group(token.start);
  return { entity, text: token.text, via: "pronoun" };
}

function unnamed(ctx: Context, t: Token): Mention {
  return { entity: null, text: t.text, via: "description" };
}

/**
 * "Pria asal Bandung ini", "the minister", "the ministry", "the U.S. military": a description
 * that points back to someone named earlier, or names an organisation itself. Descriptions
 * of unnamed sources ("saksi mata", "officials") resolve to nobody.
 */
function descriptionMention(ctx: Context, words: Token[]): Mention | null {
  if (!words.length) return null;
  const lowers = words.map((w) => w.lower);
  const text = ctx.body.slice(words[0]!.start, words[words.length - 1]!.end);
  const head = words[words.length - 1]!;
  if (ctx.pack.anonymousSources.has(head.lower)) return null;
  const pointsBack = lowers.some((w) => ctx.pack.demonstratives.has(w));
  if (!head.cap && (ORG_HEADS.has(head.lower) || ctx.pack.orgNouns.has(head.lower)) && pointsBack) {
    const known = ctx.salience.orgNamed(head.lower);
    if (known) return { entity: known, text, via: "description" };
    const named = words.filter((w) => !ctx.pack.determiners.has(w.lower) && !ctx.pack.demonstratives.has(w.lower));
    if (named.length >= 2 && named.some((w) => w.cap)) {
      const name = ctx.body.slice(named[0]!.start, head.end);
      const entity = ctx.registry.resolve({ name, kind: "org", words: named.filter((w) => w.kind !== "p").map((w) => w.lower), titles: [], aliases: [] });
      return { entity, text, via: "description" };
    }
    return null;
  }
  if (lowers.some((w) => ctx.pack.anonymousSources.has(w))) return null;
  if (!pointsBack) return null;
  if (lowers.some((w) => ctx.pack.personNouns.has(w))) return { entity: ctx.salience.person(), text, via: "description" };
  const title = lowers.find((w) => TITLE_WORDS.has(w));
  const entity = title ? ctx.salience.person() : null;
  return entity && entity.titles.has(title!) ? { entity, text, via: "description" } : null;
}
