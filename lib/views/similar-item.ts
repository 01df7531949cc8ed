import type { ItemStatus } from "../items/labels.ts";

/** An earlier item that says the same thing (GET /api/items/:id/similar), best first. */
export interface SimilarItem {
  id: string;
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  text: string;
  status: ItemStatus;
  /** Trigram similarity of the two texts, 0–1. */
  similarity: number;
  speaker: string | null;
  /** Who set its present verdict, and when (null while pending). */
  reviewer: string | null;
  reviewedAt: string | null;
  citations: number;
}

/** "Disputed on 20 Jan 2023 by Ana, 2 sources": an earlier item's review in one line. */
export function reviewLine(s: Pick<SimilarItem, "status" | "reviewer" | "reviewedAt" | "citations">, formatDate: (iso: string) => string | null): string {
  const sources = s.citations === 0 ? "no sources" : `${s.citations} ${s.citations === 1 ? "source" : "sources"}`;
  if (s.status === "pending") return `Not reviewed yet, ${sources}`;
  const label = s.status === "unverifiable" ? "Unverifiable" : s.status === "verified" ? "Verified" : "Disputed";
  const on = s.reviewedAt ? ` on ${formatDate(s.reviewedAt)}` : "";
  const by = s.reviewer ? ` by ${s.reviewer}` : "";
  return `${label}${on}${by}, ${sources}`;
}
