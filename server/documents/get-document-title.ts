import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";

/**
 * Whether a document exists, and its title: one indexed row, so a page can answer 404 before it
 * starts streaming the article (after which its status can no longer change).
 */
export async function getDocumentTitle(db: Db, actor: Actor | null, id: string): Promise<{ id: string; title: string }> {
  requireRole(actor, "viewer", "read documents");
  if (!UUID.test(id)) throw notFound("That document");
  const [doc] = await db.select({ id: documents.id, title: documents.title }).from(documents).where(eq(documents.id, id)).limit(1);
  if (!doc) throw notFound("That document");
  return doc;
}
