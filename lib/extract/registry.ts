import type { ParsedName } from "./name-chain.ts";

/** A person or organisation the article talks about; short mentions resolve to it. */
export type Gender = "f" | "m";

export interface Entity {
  name: string;
  kind: "person" | "org";
  words: string[];
  titles: Set<string>;
  /** From a first name, an honorific or a title: "she" and "he" only go where it fits. */
  gender?: Gender;
}

/**
 * The titles of an entity never given one, shared: most names come with no title, and a set of
 * its own for each was a good part of what the garbage collector had to copy. Only `resolve`
 * adds titles, and it gives the entity a set of its own first; nothing may add to this one.
 */
const NO_TITLES: Set<string> = new Set();

/**
 * Canonical names for one article. A surname or first name maps to the earliest full
 * mention that contains it ("Stoltenberg" → "Jens Stoltenberg"); an acronym given in
 * brackets maps to its organisation.
 */
export class Registry {
  private byName = new Map<string, Entity>();
  private byWord = new Map<string, Entity>();
  /**
   * Mentions resolved to the entity their full name is registered under. byName never changes
   * an entry once set, so resolving one of these again would find the same entity and change
   * nothing: the same parsed name comes back (from parseNames) every time a name recurs.
   */
  private settled = new Map<ParsedName, Entity>();
  /** Lower-cased names seen anywhere, used to split "Semen Padang Iskandar …". */
  readonly knownNames = new Set<string>();
  /**
   * The first two words of every known name of two words or more: a prefix of a chain can only
   * be a known name if the chain's first two words are here, which spares asking for each prefix.
   */
  readonly knownHeads = new Set<string>();

  /** Whether a word already names someone in this article. */
  knows(word: string): boolean {
    return this.byWord.has(word) || this.byName.has(word);
  }

  /** Records a mention without making it a speaker, so later short forms find it. */
  learn(parsed: ParsedName): Entity {
    return this.resolve(parsed);
  }

  resolve(parsed: ParsedName): Entity {
    const done = this.settled.get(parsed);
    if (done) return done;
    const key = parsed.words.join(" ");
    this.knownNames.add(key);
    if (parsed.words.length >= 2) this.knownHeads.add(`${parsed.words[0]} ${parsed.words[1]}`);
    let entity = this.byName.get(key);
    if (!entity && parsed.kind === "person" && parsed.words.length === 1) entity = this.byWord.get(key);
    if (!entity && parsed.words.length >= 2 && parsed.kind === "person") entity = this.extendShort(parsed);
    if (!entity) {
      for (const alias of parsed.aliases) entity ??= this.byName.get(alias.toLowerCase());
    }
    if (!entity) {
      entity = { name: parsed.name, kind: parsed.kind, words: parsed.words, titles: NO_TITLES };
      this.byName.set(key, entity);
    }
    if (parsed.titles.length && entity.titles === NO_TITLES) entity.titles = new Set();
    for (const t of parsed.titles) entity.titles.add(t);
    entity.gender ??= parsed.gender;
    for (const alias of parsed.aliases) {
      const a = alias.toLowerCase();
      if (!this.byName.has(a)) this.byName.set(a, entity);
    }
    if (entity.kind === "person") {
      for (const w of parsed.words) if (w.length > 1 && !this.byWord.has(w)) this.byWord.set(w, entity);
    }
    if (this.byName.get(key) === entity) this.settled.set(parsed, entity);
    return entity;
  }

  /** "Powell" seen before "Jerome Powell": the short entity takes the full name. */
  private extendShort(parsed: ParsedName): Entity | undefined {
    const last = parsed.words[parsed.words.length - 1]!;
    const short = this.byName.get(last);
    if (short && short.kind === "person" && short.words.length === 1) {
      short.name = parsed.name;
      short.words = parsed.words;
      this.byName.set(parsed.words.join(" "), short);
      return short;
    }
    return undefined;
  }
}
