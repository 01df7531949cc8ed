import type { ExtractResult } from "../extract/types.ts";
import type { Span } from "./span-overlap.ts";

/** An item as the extractor finds it now, in the shape of a stored item's columns. */
export interface FoundItem extends Span {
  type: "quote" | "claim";
  kind: "direct" | "indirect" | null;
  text: string;
  speaker: string | null;
  speakerMention: string | null;
  cue: string | null;
  score: number;
  signals: string[];
}

/** Quotes and claims as one list in reading order, the way they are stored. */
export function foundItems(result: ExtractResult): FoundItem[] {
  const quotes = result.quotes.map(
    (q): FoundItem => ({ type: "quote", kind: q.kind, text: q.text, start: q.start, end: q.end, speaker: q.speaker, speakerMention: q.speakerMention, cue: q.cue, score: q.confidence, signals: [] }),
  );
  const claims = result.claims.map(
    (c): FoundItem => ({ type: "claim", kind: null, text: c.text, start: c.start, end: c.end, speaker: null, speakerMention: null, cue: null, score: c.score, signals: c.signals }),
  );
  return [...quotes, ...claims].sort((a, b) => a.start - b.start || (a.type === b.type ? 0 : a.type === "quote" ? -1 : 1));
}
