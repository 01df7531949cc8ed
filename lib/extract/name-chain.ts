import type { LanguagePack } from "./lang/pack.ts";
import type { Gender } from "./registry.ts";
import { CHAIN_LINKS, FEMININE_WORDS, HONORIFICS, MASCULINE_WORDS, JURISDICTION_TITLES, ORG_HEADS, PLACE_HEADS, PLACES, PORTFOLIOS, RANK_TITLES, TITLE_WORDS } from "./lexicon.ts";
import { FEMALE_NAMES, FIRST_NAMES, MALE_NAMES, PLACES as GAZETTEER } from "./lexicons/index.ts";
import type { Token } from "./tokens.ts";

/** What a run of capitalised words names once titles, honorifics and places are peeled off. */
export interface ParsedName {
  /** The name as it should be shown: "Volodymyr Zelenskyy", "Kementerian Pertahanan Rusia". */
  name: string;
  kind: "person" | "org";
  /** Lower-cased words of the name, for matching later short mentions. */
  words: string[];
  /** Title words seen before the name ("presiden", "minister"): "the minister said" can find it. */
  titles: string[];
  /** Acronyms given in brackets: "School of Americas Watch (SOAW)". */
  aliases: string[];
  /** An organisation named inside a person's title: "Kepala Badan Nasional … (BNPB) Willem …". */
  organisation?: { name: string; words: string[]; alias: string };
  /** The person's sex where an honorific, a title or the first name tells it. */
  gender?: Gender;
}

/** Tokens a name chain may hold, titles included: "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Willem Rampangilei". */
const MAX_CHAIN = 16;

/** Abbreviated ranks and offices among the honorifics: "Sen.", "Gov.", "Gen.". */
const RANK_HONORIFICS = new Set(["sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "supt", "insp", "brig", "cmdr", "lieut", "dr", "prof"]);

/** "R-Ill", "D-Ga", "I-Vt": a US lawmaker's party and state. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

type Role = "name" | "title" | "org" | "place" | "acronym" | "link" | "calendar" | "lower";

/** Collects the chain of name-like tokens that ends just before index `end` (exclusive). */
export function chainBefore(tokens: Token[], end: number, pack: LanguagePack): Token[] {
  let i = end - 1;
  const out: Token[] = [];
  while (i >= 0 && out.length < MAX_CHAIN) {
    const t = tokens[i]!;
    if (t.text === ")" ) {
      const open = findOpen(tokens, i);
      if (open < 0 || i - open > 4) break;
      out.push(...tokens.slice(open, i + 1).reverse());
      i = open - 1;
      continue;
    }
    if (t.text === "." && i > 0 && isAbbrevWord(tokens[i - 1]!)) {
      out.push(t);
      i--;
      continue;
    }
    if (t.kind !== "w") break;
    if (t.cap) {
      if (isStarter(tokens, i, pack)) break;
      out.push(t);
      i--;
      continue;
    }
    const prev = tokens[i - 1];
    // "Shirvanian of the Armenian Patriarchate": "the" after a link, the link after a name.
    const linked = CHAIN_LINKS.has(t.lower) && out.length > 0 && (prev?.cap || (!!prev && CHAIN_LINKS.has(prev.lower) && !!tokens[i - 2]?.cap));
    const orgInner = out.length > 0 && hasOrgHeadNear(tokens, i);
    const titled = TITLE_WORDS.has(t.lower) && out.length > 0;
    if (!(linked || orgInner || titled)) break;
    out.push(t);
    i--;
  }
  while (out.length && (out[out.length - 1]!.kind === "p" || CHAIN_LINKS.has(out[out.length - 1]!.lower))) out.pop();
  return out.reverse();
}

/** Collects the chain of name-like tokens that starts at index `start`. */
export function chainAfter(tokens: Token[], start: number): Token[] {
  const out: Token[] = [];
  let i = start;
  // No name runs longer; a line of capitalised words could otherwise make every look-up read all of it.
  while (i < tokens.length && out.length < MAX_CHAIN) {
    const t = tokens[i]!;
    if (t.text === "." && out.length && isAbbrevWord(out[out.length - 1]!)) {
      out.push(t);
      i++;
      continue;
    }
    if (t.text === "(" && out.length) {
      const close = findClose(tokens, i);
      if (close < 0 || close - i > 4 || !tokens.slice(i + 1, close).every((x) => x.cap)) break;
      out.push(...tokens.slice(i, close + 1));
      i = close + 1;
      continue;
    }
    if (t.kind !== "w") break;
    const next = tokens[i + 1];
    if (t.cap) out.push(t);
    else if (out.length && CHAIN_LINKS.has(t.lower) && next?.cap) out.push(t);
    else if (out.length && (TITLE_WORDS.has(t.lower) || (PORTFOLIOS.has(t.lower) && isTitle(out[out.length - 1]!))) && next?.cap) out.push(t);
    else break;
    i++;
  }
  return out;
}

/**
 * Splits a chain into titles and the name. The name is the run of plain capitalised words at
 * the end; a chain with none is an organisation or government ("Kementerian pertahanan Rusia").
 * `knownPrefixes` holds entity names seen elsewhere in the article ("Semen Padang") so that
 * an organisation standing before a person's name is not read as part of it.
 */
export function parseChain(chain: Token[], pack: LanguagePack, knownPrefixes?: Set<string>, knownHeads?: Set<string>): ParsedName | null {
  const aliases: string[] = [];
  const kept: Token[] = [];
  let aliasAt = -1;
  let gender: Gender | undefined;
  const ranks: string[] = [];
  for (let i = 0; i < chain.length; i++) {
    const t = chain[i]!;
    if (t.text === "(") {
      const close = findClose(chain, i);
      const inner = chain.slice(i + 1, close < 0 ? chain.length : close);
      // "Mark Kirk (R-Ill.)": a party and state tag belongs to no name.
      if (inner.length >= 1 && PARTY_TAG.test(inner[0]!.text)) {
        i = close < 0 ? chain.length : close;
        continue;
      }
      if (inner.length === 1 && isAcronym(inner[0]!)) {
        aliases.push(inner[0]!.text);
        aliasAt = kept.length;
      }
      kept.push({ ...t, text: "|", lower: "|" }); // a bracket breaks the name
      i = close < 0 ? chain.length : close;
      continue;
    }
    if (t.kind === "p") continue;
    gender ??= genderWord(t.lower);
    const honorific = t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
    if (HONORIFICS.has(honorific)) {
      // "Texas Sen. Ted Cruz": a rank between a place and a name still divides them.
      if (RANK_HONORIFICS.has(honorific) && kept.length) kept.push({ ...t, text: "|", lower: "|" });
      // "Gov. Chris Christie" is the one "the governor" means later.
      const rank = RANK_TITLES.get(honorific);
      if (rank) ranks.push(rank);
      continue;
    }
    kept.push(t);
  }
  // "The", "Six" (Gannett papers): determiners, links and numbers open no name.
  while (kept.length && (pack.determiners.has(kept[0]!.lower) || CHAIN_LINKS.has(kept[0]!.lower) || pack.numberWords.has(kept[0]!.lower))) kept.shift();
  if (!kept.length) return null;
  personFirst(kept, pack);
  const roles = kept.map((t) => roleOf(t, pack));
  markJurisdictions(kept, roles);
  let last = -1;
  for (let i = 0; i < roles.length; i++) if (roles[i] !== "name" && roles[i] !== "link") last = i;
  if (last >= 0 && roles[last] === "link") last--;
  let nameTokens = kept.slice(last + 1);
  while (nameTokens.length && CHAIN_LINKS.has(nameTokens[0]!.lower)) nameTokens = nameTokens.slice(1);
  // One loop for both, with no copies: every distinct chain of the article comes through here.
  const titles: string[] = [];
  let hasTitle = false;
  for (let i = 0; i <= last; i++) {
    if (roles[i] !== "title") continue;
    hasTitle = true;
    if (kept[i]!.text !== "|") titles.push(kept[i]!.lower);
  }
  for (const rank of ranks) titles.push(rank);
  if (nameTokens.length && last >= 0 && (roles[last] === "org" || PLACE_HEADS.has(kept[last]!.lower)) && !hasTitle) {
    nameTokens = []; // "PT Semen Padang", "Mabes Polri": the organisation itself
  }
  if (nameTokens.length && nameTokens.every((t) => isGeneric(t, pack))) return null;
  if (nameTokens.length >= 1) {
    const cut = cutKnownPrefix(nameTokens, knownPrefixes, knownHeads);
    if (cut.length < nameTokens.length) nameTokens = cut;
    else if (nameTokens.length > 4) nameTokens = nameTokens.slice(-3);
    else if (nameTokens.length >= 3 && last >= 0 && takesJurisdiction(kept[last]!)) nameTokens = nameTokens.slice(1);
    const words = nameTokens.map((t) => t.lower);
    const kind = hasTitle ? "person" : guessKind(nameTokens);
    // A bracketed acronym inside a person's chain belongs to the organisation before it.
    const organisation = kind === "person" && aliasAt > 0 ? organisationBefore(kept, aliasAt, aliases[0]!, pack) : undefined;
    if (kind === "person" && nameTokens.length >= 2) gender ??= genderOfName(nameTokens[0]!.lower);
    return { name: nameTokens.map((t) => t.text).join(" "), kind, words, titles, aliases: kind === "person" ? [] : aliases, organisation, gender: kind === "person" ? gender : undefined };
  }
  // No personal name: the whole chain (less leading titles) names an organisation or a place.
  const org = kept.filter((t) => t.text !== "|");
  let from = 0;
  while (from < org.length - 1 && roleOf(org[from]!, pack) === "title") from++;
  const orgTokens = org.slice(from);
  if (!orgTokens.length || orgTokens.every((t) => roleOf(t, pack) === "title" || roleOf(t, pack) === "calendar")) return null;
  if (from > 0 && !orgTokens.some((t) => ORG_HEADS.has(t.lower) || PLACES.has(t.lower) || isAcronym(t))) return null;
  if (from > 0) return null; // "Juru bicara Kemlu": a title with no name is an unnamed person
  // "Tory Shadow Health Secretary", "Council President": a title at the end names an office, not its holder.
  const tail = orgTokens[orgTokens.length - 1]!;
  if (orgTokens.length > 1 && TITLE_WORDS.has(tail.lower) && !orgTokens.some((t) => ORG_HEADS.has(t.lower))) return null;
  return {
    name: orgTokens.map((t) => (t.cap || CHAIN_LINKS.has(t.lower) ? t.text : capitalise(t.text))).join(" "),
    kind: "org",
    words: orgTokens.map((t) => t.lower),
    titles,
    aliases,
  };
}

/**
 * Cuts a chain down to its person where a name is followed by what they belong to ("Tom Cole of
 * Oklahoma", "Aris Shirvanian of the Armenian Patriarchate") or a second name is joined to the
 * first ("Hillary Clinton and Bernie Sanders": the one the verb is nearest). Titles stay: "Secretary
 * of State John Kerry" has no name before its "of".
 */
function personFirst(kept: Token[], pack: LanguagePack) {
  const joined = kept.findLastIndex((t) => t.lower === "and" || t.lower === "dan" || t.text === "&");
  if (joined > 0 && endsInName(kept.slice(0, joined), pack) && endsInName(kept.slice(joined + 1), pack) && !kept.some((t) => ORG_HEADS.has(t.lower))) {
    kept.splice(0, joined + 1);
  }
  const of = kept.findIndex((t) => t.lower === "of");
  if (of > 0 && endsInName(kept.slice(0, of), pack)) kept.splice(of);
}

/** Whether tokens end in a personal name: two plain name words, or a title and one. */
function endsInName(tokens: Token[], pack: LanguagePack): boolean {
  const roles = tokens.map((t) => roleOf(t, pack));
  let names = 0;
  for (let i = roles.length - 1; i >= 0 && roles[i] === "name"; i--) names++;
  if (names === 0 || names === roles.length && names < 2) return names >= 2;
  return names >= 2 || roles[roles.length - names - 1] === "title";
}

/**
 * "Universitas Lampung Robi …", "Kapolda Sumatera Barat Irjen …": a place straight after an
 * organisation, a title or another place is where they are, not the start of a name. Only there:
 * "Bima Arya" alone is a man, though Bima is also a town.
 */
function markJurisdictions(kept: Token[], roles: Role[]) {
  for (let i = 1; i < kept.length - 1; i++) {
    if (roles[i] !== "name" || (roles[i - 1] !== "org" && roles[i - 1] !== "title" && roles[i - 1] !== "place")) continue;
    const one = kept[i]!.lower;
    const two = `${one} ${kept[i + 1]!.lower}`;
    if (GAZETTEER.has(two) && roles[i + 1] === "name" && i + 2 < kept.length) {
      roles[i] = roles[i + 1] = "place";
      i++;
    } else if (GAZETTEER.has(one) && !FIRST_NAMES.has(one)) roles[i] = "place";
  }
}

function roleOf(t: Token, pack: LanguagePack): Role {
  if (t.text === "|") return "title";
  const l = t.lower;
  if (CHAIN_LINKS.has(l)) return "link";
  if (!t.cap) return TITLE_WORDS.has(l) || PORTFOLIOS.has(l) ? "title" : "lower";
  if (isAcronym(t)) return PLACES.has(l) ? "place" : "acronym";
  if (TITLE_WORDS.has(l) || PORTFOLIOS.has(l) || (l.includes("-") && l.split("-").some((p) => TITLE_WORDS.has(p)))) return "title";
  if (ORG_HEADS.has(l)) return "org";
  if (PLACES.has(l) || PLACE_HEADS.has(l)) return "place";
  if (pack.dayNames.has(l) || pack.monthNames.has(l)) return "calendar";
  return "name";
}

/** "Kepala Badan Nasional Penanggulangan Bencana (BNPB)": the words after the leading titles. */
function organisationBefore(kept: Token[], end: number, alias: string, pack: LanguagePack): ParsedName["organisation"] {
  let from = 0;
  while (from < end && roleOf(kept[from]!, pack) === "title" && !ORG_HEADS.has(kept[from]!.lower)) from++;
  const words = kept.slice(from, end).filter((t) => t.text !== "|");
  if (!words.length) return undefined;
  return { name: words.map((t) => t.text).join(" "), words: words.map((t) => t.lower), alias };
}

/** Whether the word before a name run is followed by a place or body first ("Bupati Sleman …", "Partai Gerindra …"). */
function takesJurisdiction(t: Token): boolean {
  return JURISDICTION_TITLES.has(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower);
}

function genderWord(w: string): Gender | undefined {
  if (FEMININE_WORDS.has(w)) return "f";
  if (MASCULINE_WORDS.has(w)) return "m";
  return undefined;
}

/** A first name's usual sex; a lone surname ("Clinton") tells nothing. */
function genderOfName(first: string): Gender | undefined {
  if (FEMALE_NAMES.has(first)) return "f";
  if (MALE_NAMES.has(first)) return "m";
  return undefined;
}

function guessKind(name: Token[]): "person" | "org" {
  if (name.some((t) => ORG_HEADS.has(t.lower) || PLACES.has(t.lower) || isAcronym(t))) return "org";
  // "Iowa", "New Hampshire": a place speaks as its government; "Virginia" may be a woman.
  // The first name is asked first: it is one look-up of a word already hashed, and it spares joining the name.
  if (FIRST_NAMES.has(name[0]!.lower)) return "person";
  const whole = name.map((t) => t.lower).join(" ");
  return GAZETTEER.has(whole) ? "org" : "person";
}

/** A capitalised word that is really a common noun at a sentence start: "Activists", "Officials". */
function isGeneric(t: Token, pack: LanguagePack): boolean {
  return pack.anonymousSources.has(t.lower) || pack.quantifiers.has(t.lower) || /^(pro|anti|non|ex)-/i.test(t.text);
}

/** `heads`, when given, holds the first two words of every name in `known` (`Registry.knownHeads`). */
function cutKnownPrefix(name: Token[], known?: Set<string>, heads?: Set<string>): Token[] {
  if (!known || name.length < 4) return name;
  if (heads && !heads.has(`${name[0]!.lower} ${name[1]!.lower}`)) return name;
  // The longest prefix is joined once and cut shorter: a line of capitalised words makes
  // long chains everywhere, and joining each prefix afresh was a hot spot there.
  let longest = name[0]!.lower;
  const ends = [longest.length];
  for (let i = 1; i < name.length - 2; i++) {
    longest += ` ${name[i]!.lower}`;
    ends.push(longest.length);
  }
  for (let i = name.length - 2; i >= 2; i--) {
    if (known.has(i === name.length - 2 ? longest : longest.slice(0, ends[i - 1]))) return name.slice(i);
  }
  return name;
}

export function isAcronym(t: Token): boolean {
  // Most words have a lower-case ASCII letter second, and then no upper-casing is needed to say no.
  const second = t.text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  if (t.text.length < 2 || t.text !== t.text.toUpperCase()) return false;
  return t.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(t.text);
}

/** "Menteri dalam Negeri": a portfolio in lower case belongs to a title, not to "Kamil dalam Apel …". */
function isTitle(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || PORTFOLIOS.has(t.lower);
}

function isAbbrevWord(t: Token): boolean {
  return HONORIFICS.has(t.lower) || (t.cap && t.text.length === 1) || /^(\p{Lu}\.)*\p{Lu}$/u.test(t.text);
}

function isStarter(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const t = tokens[i]!;
  if (!pack.sentenceStarters.has(t.lower) && !pack.firstPerson.has(t.lower)) return false;
  const prev = tokens[i - 1];
  // Only a starter where a sentence or clause begins; mid-sentence "The" belongs to a name.
  return !prev || prev.kind === "p" || !prev.cap;
}

function hasOrgHeadNear(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = tokens[k]!;
    if (t.cap && ORG_HEADS.has(t.lower)) return true;
    if (!t.cap && t.kind === "w" && !ORG_HEADS.has(t.lower) && !PORTFOLIOS.has(t.lower)) return false;
  }
  return false;
}

function findOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 5; k--) if (tokens[k]!.text === "(") return k;
  return -1;
}

function findClose(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= 5; k++) if (tokens[k]!.text === ")") return k;
  return -1;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
