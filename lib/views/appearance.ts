import type { ItemStatus } from "../items/labels.ts";

/** One article a statement appeared in: a quote of the same speaker saying the same thing. */
export interface Appearance {
  itemId: string;
  documentId: string;
  documentTitle: string;
  sourceName: string | null;
  publishedAt: string | null;
  status: ItemStatus;
}
