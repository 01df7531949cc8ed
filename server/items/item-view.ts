import "server-only";
import type { Item, Person } from "@/db/schema.ts";
import type { ItemView } from "@/lib/views/item-view.ts";

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
