import type { ItemStatus, ItemType, QuoteKind } from "../items/labels.ts";

/** An item as the API and the pages show it (DESIGN.md, "Item"). */
export interface ItemView {
  id: string;
  documentId: string;
  type: ItemType;
  kind: QuoteKind | null;
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  speakerMention: string | null;
  cue: string | null;
  score: number | null;
  signals: string[];
  status: ItemStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}
