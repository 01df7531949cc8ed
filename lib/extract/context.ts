import { cueIndex, type CueIndex } from "./cues.ts";
import type { LanguagePack } from "./lang/pack.ts";
import { parseChain, type ParsedName } from "./name-chain.ts";
import type { QuotedSpan } from "./quote-marks.ts";
import { Registry, type Entity, type Gender } from "./registry.ts";
import type { Range } from "./segment.ts";
import type { Token } from "./tokens.ts";
import { indexBodyWords, type WordTable } from "./word-index.ts";

/** One paragraph, tokenised, with its quotes and sentences mapped to token indices. */
export interface Paragraph {
  range: Range;
  tokens: Token[];
  spans: QuotedSpan[];
  /** For each span: token index of the opening mark and of the closing mark (tokens.length if open). */
  spanTokens: { open: number; close: number }[];
  /** For each token, the index of the innermost span it sits inside, or -1. */
  inQuote: Int16Array | Int32Array;
  /** Sentences as [first token, end token) pairs. */
  sentences: [number, number][];
}

/** Who a cue points at: a resolved entity, and how the article wrote it. */
export interface Mention {
  entity: Entity | null;
  text: string;
  via: "name" | "pronoun" | "description";
  /** Token index just past the mention, when it follows its cue. */
  end?: number;
}

/** People remembered for a pronoun of the other sex than the latest person's. */
const PEOPLE_KEPT = 8;

/** Paragraphs back a person's statement still claims a "katanya" over an organisation's since. */
const PERSON_REACH = 6;

/** How far back (in characters) "they" may reach for its organisation: about two sentences. */
const GROUP_REACH = 300;

interface Seen {
  /** null: someone unnamed ("seorang warga", "witnesses"), who takes the pronouns that follow. */
  entity: Entity | null;
  at: number;
  paragraph: number;
}

/** Who was last spoken of: pronouns, "-nya" cues and "the ministry" point back to these. */
export class Salience {
  private speaker: Seen | null = null;
  /** The latest person who spoke: "katanya" after an organisation's statement is still theirs. */
  private personSpeaker: Seen | null = null;
  private subject: Seen | null = null;
  private groupSubject: Seen | null = null;
  private orgs: { entity: Entity; at: number }[] = [];
  /** People spoken of lately, latest last: where "she" goes when the latest person is a man. */
  private people: Entity[] = [];
  private paragraph = 0;

  enterParagraph(index: number) {
    this.paragraph = index;
  }

  spoke(entity: Entity, at: number) {
    this.speaker = { entity, at, paragraph: this.paragraph };
    if (entity.kind === "org") this.noteOrg(entity, at);
    else {
      this.personSpeaker = this.speaker;
      this.notePerson(entity);
    }
  }

  mentioned(entity: Entity, at: number) {
    if (entity.kind === "org") {
      this.noteOrg(entity, at);
      this.groupSubject = { entity, at, paragraph: this.paragraph };
    } else {
      this.subject = { entity, at, paragraph: this.paragraph };
      this.notePerson(entity);
    }
  }

  private notePerson(entity: Entity) {
    const i = this.people.lastIndexOf(entity);
    if (i >= 0) this.people.splice(i, 1);
    this.people.push(entity);
    if (this.people.length > PEOPLE_KEPT) this.people.shift();
  }

  /** A sentence about someone unnamed: "he" or "katanya" after it may not jump back past them. */
  unnamed(at: number, plural: boolean) {
    // "Others are …" stops "they" from reaching back; "she said" after it is still somebody named.
    if (!plural) this.subject = { entity: null, at, paragraph: this.paragraph };
    this.groupSubject = { entity: null, at, paragraph: this.paragraph };
  }

  /** "he", "she", "dia": the latest person, or the latest of the pronoun's sex when the latest is known to be the other. */
  person(gender?: Gender): Entity | null {
    const s = this.speaker?.entity?.kind === "person" ? this.speaker : null;
    const entity = latest(s, this.subject)?.entity ?? null;
    if (!gender || !entity?.gender || entity.gender === gender) return entity;
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i]!.gender === gender) return this.people[i]!;
    for (let i = this.people.length - 1; i >= 0; i--) if (!this.people[i]!.gender) return this.people[i]!;
    return null;
  }

  /**
   * The referent of "katanya": the last speaker, unless this very paragraph has since named
   * someone else as its subject ("Bupati X menetapkan … "…," katanya").
   */
  lastSpeaker(): Entity | null {
    const s = this.subject;
    if (s && s.paragraph === this.paragraph && (!this.speaker || s.at > this.speaker.at)) return s.entity;
    const p = this.personSpeaker;
    if (this.speaker?.entity?.kind === "org" && p && this.paragraph - p.paragraph <= PERSON_REACH) return p.entity;
    return (this.speaker ?? s)?.entity ?? null;
  }

  /** "Mereka", "they": only an organisation spoken of just before, never one from paragraphs back. */
  group(at: number): Entity | null {
    const s = this.speaker?.entity?.kind === "org" ? this.speaker : null;
    const g = latest(s, this.groupSubject);
    return g && at - g.at <= GROUP_REACH ? g.entity : null;
  }

  /** "the ministry", "the airline": the latest organisation whose name holds that word. */
  orgNamed(word: string): Entity | null {
    for (let i = this.orgs.length - 1; i >= 0; i--) {
      const e = this.orgs[i]!.entity;
      if (e.words.some((w) => w === word || w === `${word}s` || `${w}s` === word)) return e;
    }
    return null;
  }

  noteOrg(entity: Entity, at: number) {
    const last = this.orgs[this.orgs.length - 1];
    if (last?.entity === entity) last.at = at;
    else this.orgs.push({ entity, at });
    if (this.orgs.length > 50) this.orgs.shift();
  }
}

function latest(a: Seen | null, b: Seen | null): Seen | null {
  if (!a) return b;
  if (!b) return a;
  return a.at >= b.at ? a : b;
}

export interface Context {
  body: string;
  pack: LanguagePack;
  cues: CueIndex;
  /** `pack.pronouns`, for look-ups (`pronounMap`). */
  pronouns: ReadonlyMap<string, "person" | "group">;
  registry: Registry;
  salience: Salience;
  /** Words the article writes in lower case somewhere: built on first use. */
  lowerWords: WordTable | null;
  /** Words the article capitalises after another word ("President Obama"): names, whatever a word list says. */
  midCapitals: WordTable | null;
  /** The paragraph being read is in title case ("Bellwether County Says Trump Should Win"): its cues are capitalised too. */
  titleCase: boolean;
  /** Name chains already parsed: the same names recur all through an article. */
  parsed: Map<string, ParsedName | null>;
}

/** parseChain, remembered per article. */
export function parseNames(ctx: Context, chain: Token[]): ParsedName | null {
  const key = chainKey(ctx.body, chain);
  let parsed = ctx.parsed.get(key);
  if (parsed === undefined) {
    parsed = parseChain(chain, ctx.pack, ctx.registry.knownNames, ctx.registry.knownHeads);
    ctx.parsed.set(key, parsed);
  }
  return parsed;
}

/**
 * The chain's words joined by single spaces. Mostly the body already has them so, and then the
 * key is a slice of it: no joined copy to build, and hashing reads the body in place.
 */
function chainKey(body: string, chain: Token[]): string {
  if (chain.length === 1) return chain[0]!.text;
  for (let i = 1; i < chain.length; i++) {
    const gap = chain[i - 1]!.end;
    if (chain[i]!.start !== gap + 1 || body.charCodeAt(gap) !== 32) return chain.map((t) => t.text).join(" ");
  }
  return chain.length ? body.slice(chain[0]!.start, chain[chain.length - 1]!.end) : "";
}

export function createContext(body: string, pack: LanguagePack): Context {
  return { body, pack, cues: cueIndex(pack), pronouns: pronounMap(pack), registry: new Registry(), salience: new Salience(), lowerWords: null, midCapitals: null, parsed: new Map(), titleCase: false };
}

const pronounMaps = new Map<LanguagePack, ReadonlyMap<string, "person" | "group">>();

/**
 * The pack's pronouns as a map: a property read with a word that is not an interned string
 * costs about twice a map look-up, and the subject of every sentence asks. It answers exactly as
 * the object does, which also finds what every object inherits: "constructor" reads as Object,
 * which is not "person", so a group. Kept so that no output changes.
 */
function pronounMap(pack: LanguagePack): ReadonlyMap<string, "person" | "group"> {
  let map = pronounMaps.get(pack);
  if (map) return map;
  const out = new Map<string, "person" | "group">();
  for (const word of [...Object.keys(pack.pronouns), ...Object.getOwnPropertyNames(Object.prototype)]) {
    const kind = pack.pronouns[word];
    if (kind) out.set(word, kind);
  }
  pronounMaps.set(pack, (map = out));
  return map;
}

/** Both word tables, from one pass over the body (`word-index.ts`), the first time either is asked. */
function indexWords(ctx: Context): void {
  const words = indexBodyWords(ctx.body);
  ctx.lowerWords = words.lower;
  ctx.midCapitals = words.midCapitals;
}

/**
 * Whether the article also writes this word in lower case (`\b[a-z][a-z-]*`, ASCII being enough
 * for Indonesian and English common nouns): then a capital was only the sentence's.
 */
export function writtenLowerCase(ctx: Context, word: string): boolean {
  if (!ctx.lowerWords) indexWords(ctx);
  return ctx.lowerWords!.has(word.toLowerCase());
}

/**
 * Whether the article writes this word capitalised in mid-sentence somewhere: after a lower-case
 * word or a comma and a space (`(?<=[a-z,] )\p{Lu}[\p{Ll}\p{Lu}]+`), the capital is the word's own.
 */
export function capitalisedMidSentence(ctx: Context, word: string): boolean {
  if (!ctx.midCapitals) indexWords(ctx);
  return ctx.midCapitals!.has(word.toLowerCase());
}
