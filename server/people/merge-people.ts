import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { items, people } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError, notFound } from "../errors.ts";

/**
 * Merges one person into another ("Zelensky" into "Volodymyr Zelenskyy"): the kept person
 * takes the other's name and aliases as aliases, and every item of theirs.
 */
export async function mergePeople(db: Db, actor: Actor | null, input: { keepId: string; mergeId: string }) {
  const who = requireRole(actor, "editor", "merge speakers");
  if (input.keepId === input.mergeId) throw new AppError("validation", "Pick two different people to merge.", { mergeId: ["Same person."] });
  return db.transaction(async (tx) => {
    // Both rows locked in one statement, in id order: two merges of the same pair in opposite
    // directions then queue on the same first row instead of each holding one and waiting
    // for the other (a deadlock). The second finds its person merged away: a 404.
    const locked = await tx.select().from(people).where(inArray(people.id, [input.keepId, input.mergeId])).orderBy(asc(people.id)).for("update");
    const keep = locked.find((p) => p.id === input.keepId);
    const merge = locked.find((p) => p.id === input.mergeId);
    if (!keep || !merge) throw notFound("That person");
    const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((a) => a.toLowerCase() !== keep.name.toLowerCase());
    const moved = await tx.update(items).set({ speakerId: keep.id, updatedAt: new Date() }).where(eq(items.speakerId, merge.id)).returning({ id: items.id });
    await tx.delete(people).where(eq(people.id, merge.id));
    const [kept] = await tx.update(people).set({ aliases }).where(eq(people.id, keep.id)).returning();
    await recordAudit(tx, who, "person.merge", { type: "person", id: keep.id }, { keep, merge }, { kept, items: moved.length });
    return { person: kept!, itemsMoved: moved.length };
  });
}
