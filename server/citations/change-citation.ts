import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations } from "@/db/schema.ts";
import { roleAtLeast } from "@/lib/roles.ts";
import { citationSchema } from "@/lib/validations/citation.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { forbidden, notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { validate } from "../validate.ts";
import { toCitationView } from "./citation-view.ts";

/** Edits a citation: reviewers their own, editors anyone's. */
export async function editCitation(db: Db, actor: Actor | null, citationId: string, input: unknown) {
  const data = validate(citationSchema, input);
  return changeCitation(db, actor, citationId, "edit", (c) => ({
    url: data.url,
    title: data.title,
    publisher: data.publisher ?? null,
    excerpt: data.excerpt ?? null,
    stance: data.stance,
    accessedAt: data.accessedAt ?? c.accessedAt,
  }));
}

/** Removes a citation (kept in the table and the audit trail, gone from the item). */
export async function removeCitation(db: Db, actor: Actor | null, citationId: string) {
  return changeCitation(db, actor, citationId, "remove", () => ({ removedAt: new Date() }));
}

async function changeCitation(
  db: Db,
  actor: Actor | null,
  citationId: string,
  verb: "edit" | "remove",
  change: (c: typeof citations.$inferSelect) => Partial<typeof citations.$inferInsert>,
) {
  const who = requireRole(actor, "reviewer", `${verb} citations`);
  if (!UUID.test(citationId)) throw notFound("That citation");
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(citations).where(eq(citations.id, citationId)).for("update").limit(1);
    if (!current || current.removedAt) throw notFound("That citation");
    if (current.createdBy !== who.id && !roleAtLeast(who.role, "editor")) throw forbidden(`${verb} another reviewer's citation`);
    const [updated] = await tx
      .update(citations)
      .set({ ...change(current), updatedAt: new Date() })
      .where(eq(citations.id, citationId))
      .returning();
    const view = toCitationView(updated!);
    await recordAudit(tx, who, `citation.${verb}`, { type: "item", id: current.itemId }, toCitationView(current), verb === "remove" ? null : view);
    return { citation: view };
  });
}
