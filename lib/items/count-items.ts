import type { ItemStatus, ItemType } from "./labels.ts";

/** Items of a document counted by type and by review status (the shape listDocuments returns). */
export interface ItemCounts {
  quotes: number;
  claims: number;
  pending: number;
  verified: number;
  disputed: number;
  unverifiable: number;
}

export function countItems(items: readonly { type: ItemType; status: ItemStatus }[]): ItemCounts {
  const counts: ItemCounts = { quotes: 0, claims: 0, pending: 0, verified: 0, disputed: 0, unverifiable: 0 };
  for (const item of items) {
    counts[item.type === "quote" ? "quotes" : "claims"]++;
    counts[item.status]++;
  }
  return counts;
}

/** How far review has come: every status but pending counts as reviewed. */
export function reviewProgress(counts: ItemCounts): { reviewed: number; total: number } {
  return { reviewed: counts.verified + counts.disputed + counts.unverifiable, total: counts.quotes + counts.claims };
}

/** What a scope's Export menu can offer: its quotes by status, and how many claims have a verdict. */
export function exportCounts(items: readonly { type: ItemType; status: ItemStatus }[]): { quotes: Record<ItemStatus, number>; reviewedClaims: number } {
  const quotes: Record<ItemStatus, number> = { pending: 0, verified: 0, disputed: 0, unverifiable: 0 };
  let reviewedClaims = 0;
  for (const item of items) {
    if (item.type === "quote") quotes[item.status]++;
    else if (item.status !== "pending") reviewedClaims++;
  }
  return { quotes, reviewedClaims };
}
