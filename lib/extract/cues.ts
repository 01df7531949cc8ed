import type { LanguagePack } from "./lang/pack.ts";

export type CueType = "before" | "beforeWeak" | "intent" | "after" | "afterPronoun" | "according" | "participle" | "passive";

/** Cue look-up tables, built once per language pack. */
export interface CueIndex {
  /** Single-word cues; a word may be both "before" and "after" (English "said"). */
  words: Map<string, Set<CueType>>;
  /** Two-word cues keyed by their first word: "according" → "to". */
  pairs: Map<string, { second: string; type: CueType }>;
  complementizers: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  clauseMarkers: ReadonlySet<string>;
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
  index = {
    words,
    pairs,
    complementizers: pack.complementizers,
    adverbs: pack.adverbs,
    negations: pack.negations,
    prepositions: pack.prepositions,
    clauseMarkers: pack.clauseMarkers,
  };
  cache.set(pack, index);
  return index;
}
