import type { LanguagePack } from "./lang/pack.ts";

export type CueType = "before" | "beforeWeak" | "intent" | "after" | "afterPronoun" | "according" | "participle" | "passive";

/** Cue look-up tables, built once per language pack. */
export interface CueIndex {
  /** Single-word cues; a word may be both "before" and "after" (English "said"). */
  words: Map<string, Set<CueType>>;
  /** Two-word cues keyed by their first word: "according" → "to". */
  pairs: Map<string, { second: string; type: CueType }>;
  /** Both of the above in one map, with the hits `cueAt` returns made once: one look-up a token. */
  entries: Map<string, CueEntry>;
  complementizers: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  clauseMarkers: ReadonlySet<string>;
}

/** What a word may start: a one-word cue, the first word of a two-word cue, or both. */
export interface CueEntry {
  single: { types: Set<CueType>; length: 1 } | null;
  pair: { second: string; hit: { types: Set<CueType>; length: 2 } } | null;
}

const cache = new Map<LanguagePack, CueIndex>();

export function cueIndex(pack: LanguagePack): CueIndex {
  let index = cache.get(pack);
  if (index) return index;
  const words = new Map<string, Set<CueType>>();
  const pairs = new Map<string, { second: string; type: CueType }>();
  for (const [type, list] of Object.entries(pack.cues) as [CueType, string[]][]) {
    for (const cue of list) {
      const parts = cue.split(" ");
      if (parts.length === 2) pairs.set(parts[0]!, { second: parts[1]!, type });
      else {
        const set = words.get(cue) ?? new Set<CueType>();
        set.add(type);
        words.set(cue, set);
      }
    }
  }
  const entries = new Map<string, CueEntry>();
  for (const [word, types] of words) entries.set(word, { single: { types, length: 1 }, pair: null });
  for (const [word, { second, type }] of pairs) {
    const entry = entries.get(word) ?? { single: null, pair: null };
    entry.pair = { second, hit: { types: new Set([type]), length: 2 } };
    entries.set(word, entry);
  }
  index = {
    words,
    pairs,
    entries,
    complementizers: pack.complementizers,
    adverbs: pack.adverbs,
    negations: pack.negations,
    prepositions: pack.prepositions,
    clauseMarkers: pack.clauseMarkers,
  };
  cache.set(pack, index);
  return index;
}
