import { STATUSES } from "../validations/items-query.ts";

export type ItemType = "quote" | "claim";
export type QuoteKind = "direct" | "indirect";
export type ItemStatus = (typeof STATUSES)[number];

export { STATUSES };

export const STATUS_LABEL: Record<ItemStatus, string> = {
  pending: "Pending",
  verified: "Verified",
  disputed: "Disputed",
  unverifiable: "Unverifiable",
};

/** "Direct quote", "Indirect quote", "Claim": how an item is named in lists and tooltips. */
export function itemLabel(item: { type: ItemType; kind: QuoteKind | null }): string {
  if (item.type === "claim") return "Claim";
  return item.kind === "indirect" ? "Indirect quote" : "Direct quote";
}

export const LANGUAGE_LABEL: Record<"id" | "en", string> = { id: "Indonesian", en: "English" };
