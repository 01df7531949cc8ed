import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { citations, items, people, users, verdicts } from "../../db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import { UUID } from "../../lib/uuid.ts";
import { toItemView } from "./item-view.ts";

/** One item with its citations and the whole verdict history, oldest first. */
export async function getItem(db: Db, actor: Actor | null, id: string) {
  requireRole(actor, "viewer", "read items");
  if (!UUID.test(id)) throw notFound("That item");
  const [row] = await db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(eq(items.id, id))
    .limit(1);
  if (!row || row.item.removedAt) throw notFound("That item");
  const cites = await db.select().from(citations).where(eq(citations.itemId, id)).orderBy(asc(citations.createdAt));
  const history = await db
    .select({ verdict: verdicts, by: { id: users.id, name: users.name, email: users.email } })
    .from(verdicts)
    .leftJoin(users, eq(users.id, verdicts.createdBy))
    .where(eq(verdicts.itemId, id))
    .orderBy(asc(verdicts.version));
  return {
    item: toItemView(row.item, row.speaker?.id ? row.speaker : null),
    citations: cites
      .filter((c) => !c.removedAt)
      .map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(), removedAt: undefined })),
    verdicts: history.map(({ verdict, by }) => ({
      id: verdict.id,
      fromStatus: verdict.fromStatus,
      toStatus: verdict.toStatus,
      note: verdict.note,
      version: verdict.version,
      createdAt: verdict.createdAt.toISOString(),
      by: by?.id ? by : null,
    })),
  };
}
