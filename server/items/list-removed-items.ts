import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { items, people } from "@/db/schema.ts";
import type { RemovedItem } from "@/lib/views/removed-item.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";

/** A document's removed items, last removed first: what an editor can restore. */
export async function listRemovedItems(db: Db, actor: Actor | null, documentId: string): Promise<RemovedItem[]> {
  requireRole(actor, "editor", "see removed items");
  if (!UUID.test(documentId)) throw notFound("That document");
  const rows = await db
    .select({ item: items, speaker: people.name })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(eq(items.documentId, documentId), isNotNull(items.removedAt)))
    .orderBy(desc(items.removedAt));
  return rows.map(({ item, speaker }) => ({
    id: item.id,
    type: item.type,
    kind: item.kind,
    text: item.text,
    speaker,
    status: item.status,
    version: item.version,
    removedAt: item.removedAt!.toISOString(),
  }));
}
