import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items, people } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { toItemView } from "../items/item-view.ts";
import type { DocumentView } from "@/lib/views/document-view.ts";
import { toDocumentView } from "./document-view.ts";

/** One document with its body and every item not removed, in reading order. */
export async function getDocument(db: Db, actor: Actor | null, id: string): Promise<{ document: DocumentView & { body: string }; items: ItemView[] }> {
  requireRole(actor, "viewer", "read documents");
  if (!UUID.test(id)) throw notFound("That document");
  const [doc] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  if (!doc) throw notFound("That document");
  const rows = await db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(eq(items.documentId, id), isNull(items.removedAt)))
    .orderBy(asc(items.start), asc(items.type), asc(items.id));
  return {
    document: { ...toDocumentView(doc), body: doc.body },
    items: rows.map((r) => toItemView(r.item, r.speaker?.id ? r.speaker : null)),
  };
}
