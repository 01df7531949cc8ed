import { reviewProgress, type ItemCounts } from "./count-items.ts";
import { STATUSES, type ItemStatus } from "./labels.ts";

export type StatusTally = Record<ItemStatus, number>;

/** Items across every document by type and status, as server/dashboard/count-by-status.ts counts them. */
export interface StatusCountsByType {
  documents: number;
  quotes: StatusTally;
  claims: StatusTally;
}

export interface ReviewSummary {
  documents: number;
  /** Each as ItemCounts, so the same status lists and progress bars as a document's can show them. */
  quotes: ItemCounts;
  claims: ItemCounts;
  all: ItemCounts;
  reviewed: number;
  total: number;
  /** Whole percent reviewed, rounded down: 100 only when nothing is left pending. */
  percent: number;
}

/** The home page dashboard's figures from the per-type status counts. */
export function summariseReview(counts: StatusCountsByType): ReviewSummary {
  const quotes = itemCounts(counts.quotes, "quotes");
  const claims = itemCounts(counts.claims, "claims");
  const all: ItemCounts = { ...quotes, claims: claims.claims };
  for (const status of STATUSES) all[status] += claims[status];
  const { reviewed, total } = reviewProgress(all);
  return { documents: counts.documents, quotes, claims, all, reviewed, total, percent: total ? Math.floor((reviewed / total) * 100) : 0 };
}

function itemCounts(tally: StatusTally, type: "quotes" | "claims"): ItemCounts {
  const total = STATUSES.reduce((sum, status) => sum + tally[status], 0);
  return { quotes: 0, claims: 0, ...tally, [type]: total };
}
