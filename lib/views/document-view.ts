import type { ItemCounts } from "../items/count-items.ts";

/** A document as the API and the pages show it, without its body. */
export interface DocumentView {
  id: string;
  title: string;
  sourceName: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: "id" | "en";
  extractor: string;
  createdAt: string;
}

/** A row of the documents list: the document and its items counted by type and status. */
export interface DocumentListEntry extends DocumentView {
  counts: ItemCounts;
}
