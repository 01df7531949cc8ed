import type { Item, Person } from "../../db/schema.ts";

/** An item as the API and the pages show it (DESIGN.md, "Item"). */
export interface ItemView {
  id: string;
  documentId: string;
  type: "quote" | "claim";
  kind: "direct" | "indirect" | null;
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  speakerMention: string | null;
  cue: string | null;
  score: number | null;
  signals: string[];
  status: Item["status"];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toItemView(item: Item, speaker: Pick<Person, "id" | "name"> | null): ItemView {
  return {
    id: item.id,
    documentId: item.documentId,
    type: item.type,
    kind: item.kind,
    text: item.text,
    start: item.start,
    end: item.end,
    speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
    speakerMention: item.speakerMention,
    cue: item.cue,
    score: item.score,
    signals: item.signals,
    status: item.status,
    version: item.version,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}
