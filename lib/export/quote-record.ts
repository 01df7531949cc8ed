/**
 * One verified quote as every quote-sheet format writes it. Field names are stable: they
 * are the JSON export's schema, documented in the README.
 */
export interface QuoteRecord {
  itemId: string;
  /** Link back to the item in Attest. */
  itemUrl: string;
  speaker: string;
  speakerTitle: string | null;
  quote: string;
  kind: "direct" | "indirect";
  cue: string | null;
  documentId: string;
  documentTitle: string;
  sourceName: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  verdict: "pending" | "verified" | "disputed" | "unverifiable";
  reviewer: string | null;
  reviewedAt: string | null;
  citations: { title: string; url: string }[];
}

/** Records grouped by speaker, speakers in alphabetical order, quotes in document order. */
export function groupBySpeaker(records: QuoteRecord[]): { speaker: string; speakerTitle: string | null; quotes: QuoteRecord[] }[] {
  const groups = new Map<string, { speaker: string; speakerTitle: string | null; quotes: QuoteRecord[] }>();
  for (const r of records) {
    const g = groups.get(r.speaker) ?? { speaker: r.speaker, speakerTitle: r.speakerTitle, quotes: [] };
    g.quotes.push(r);
    groups.set(r.speaker, g);
  }
  return [...groups.values()].sort((a, b) => a.speaker.localeCompare(b.speaker, "id"));
}
