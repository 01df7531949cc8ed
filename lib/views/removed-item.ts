import type { ItemStatus, ItemType, QuoteKind } from "../items/labels.ts";

/** A removed item as the document page offers it back to editors. */
export interface RemovedItem {
  id: string;
  type: ItemType;
  kind: QuoteKind | null;
  text: string;
  speaker: string | null;
  status: ItemStatus;
  version: number;
  removedAt: string;
}
