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
  /**
   * Every article in which the speaker said the same thing, this one included, the first
   * appearance first: one statement reported by several outlets. A single entry: only here.
   */
  appearances: QuoteAppearance[];
}

export interface QuoteAppearance {
  itemId: string;
  documentId: string;
  documentTitle: string;
  sourceName: string | null;
  publishedAt: string | null;
  verdict: QuoteRecord["verdict"];
}

/** The other articles of a record's statement, in one line: "Kompas, 2023-01-17; Reuters, 2023-01-18". */
export function otherAppearances(r: QuoteRecord): string {
  return r.appearances
    .filter((a) => a.itemId !== r.itemId)
    .map((a) => [a.sourceName ?? a.documentTitle, a.publishedAt].filter(Boolean).join(", "))
    .join("; ");
}

/** Whether this record is the statement's first appearance (or its only one). */
export function isFirstAppearance(r: QuoteRecord): boolean {
  return (r.appearances[0]?.itemId ?? r.itemId) === r.itemId;
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
