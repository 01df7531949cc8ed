import { cueIndex, type CueIndex } from "./cues.ts";
import type { LanguagePack } from "./lang/pack.ts";
import { parseChain, type ParsedName } from "./name-chain.ts";
import type { QuotedSpan } from "./quote-marks.ts";
import { Registry, type Entity } from "./registry.ts";
import type { Range } from "./segment.ts";
import type { Token } from "./tokens.ts";

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

/** How far back (in characters) "they" may reach for its organisation: about two sentences. */
const GROUP_REACH = 300;

/** Who was last spoken of: pronouns and "-nya" cues point back to these. */
export class Salience {
  private speaker: { entity: Entity; at: number } | null = null;
  private subject: { entity: Entity; at: number } | null = null;
  private org: { entity: Entity; at: number } | null = null;

  spoke(entity: Entity, at: number) {
    this.speaker = { entity, at };
    if (entity.kind === "org") this.org = { entity, at };
  }

  mentioned(entity: Entity, at: number) {
    if (entity.kind === "org") this.org = { entity, at };
    else this.subject = { entity, at };
  }

  person(preferSpeaker = false): Entity | null {
    const s = this.speaker?.entity.kind === "person" ? this.speaker : null;
    const m = this.subject;
    if (!s) return m?.entity ?? null;
    if (!m || preferSpeaker) return s.entity;
    return s.at >= m.at ? s.entity : m.entity;
  }

  /** The last speaker of any kind: the referent of "katanya". */
  lastSpeaker(): Entity | null {
    return this.speaker?.entity ?? this.person();
  }

  /** "Mereka", "they": only an organisation spoken of just before, never one from paragraphs back. */
  group(at: number): Entity | null {
    return this.org && at - this.org.at <= GROUP_REACH ? this.org.entity : null;
  }
}

export interface Context {
  body: string;
  pack: LanguagePack;
  cues: CueIndex;
  registry: Registry;
  salience: Salience;
  /** Words the article writes in lower case somewhere: built on first use. */
  lowerWords: Set<string> | null;
  /** Name chains already parsed: the same names recur all through an article. */
  parsed: Map<string, ParsedName | null>;
}

/** parseChain, remembered per article. */
export function parseNames(ctx: Context, chain: Token[]): ParsedName | null {
  const key = chain.map((t) => t.text).join(" ");
  let parsed = ctx.parsed.get(key);
  if (parsed === undefined) {
    parsed = parseChain(chain, ctx.pack, ctx.registry.knownNames);
    ctx.parsed.set(key, parsed);
  }
  return parsed;
}

export function createContext(body: string, pack: LanguagePack): Context {
  return { body, pack, cues: cueIndex(pack), registry: new Registry(), salience: new Salience(), lowerWords: null, parsed: new Map() };
}

// ASCII is enough here: the words in question are Indonesian or English common nouns.
const LOWER_WORD = /\b[a-z][a-z-]*/g;

/** Whether the article also writes this word in lower case: then a capital was only the sentence's. */
export function writtenLowerCase(ctx: Context, word: string): boolean {
  if (!ctx.lowerWords) {
    ctx.lowerWords = new Set();
    for (const m of ctx.body.matchAll(LOWER_WORD)) ctx.lowerWords.add(m[0]);
  }
  return ctx.lowerWords.has(word.toLowerCase());
}
