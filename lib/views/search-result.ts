import type { ItemStatus } from "../items/labels.ts";
import type { SearchType } from "../validations/search-query.ts";

/** Where a snippet's matched words start and stop (the database marks them; the page renders <mark>). */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/** One search hit (GET /api/search). `snippet` is plain text with the matches between MATCH_START and MATCH_END. */
export interface SearchResult {
  type: SearchType;
  id: string;
  documentId?: string;
  title?: string;
  text?: string;
  name?: string;
  snippet: string;
  status?: ItemStatus;
  speaker?: string | null;
  language?: "id" | "en";
  publishedAt?: string | null;
}

/** A snippet split into plain and matched runs, for rendering without any HTML. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let match = false;
  for (const piece of snippet.split(new RegExp(`([${MATCH_START}${MATCH_END}])`))) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  return parts;
}
