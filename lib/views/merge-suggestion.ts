import type { SamePersonReason } from "../people/same-person.ts";

export interface SuggestedPerson {
  id: string;
  name: string;
  aliases: string[];
  quotes: number;
}

/** Two speakers who are probably one person: `keep` has more quotes, `merge` would go into it. */
export interface MergeSuggestion {
  keep: SuggestedPerson;
  merge: SuggestedPerson;
  reason: SamePersonReason;
  similarity: number;
}
