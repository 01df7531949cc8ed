import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { prepared } from "@/db/prepared.ts";
import { citations, items, people, users, verdicts } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { toItemView } from "./item-view.ts";

/** One item with its citations and the whole verdict history, oldest first. */
export async function getItem(db: Db, actor: Actor | null, id: string) {
  requireRole(actor, "viewer", "read items");
  if (!UUID.test(id)) throw notFound("That item");
  const [row] = await prepared(db, "get_item", () => itemStatement(db)).execute({ id });
  if (!row || row.item.removedAt) throw notFound("That item");
  const cites = await prepared(db, "get_item_citations", () => citationsStatement(db)).execute({ id });
  const history = await prepared(db, "get_item_verdicts", () => verdictsStatement(db)).execute({ id });
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

// Each reading of an item runs these three: built once and prepared (db/prepared.ts).
const itemId = sql.placeholder("id");

const itemStatement = (db: Db) =>
  db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(eq(items.id, itemId))
    .limit(1)
    .prepare("get_item");

const citationsStatement = (db: Db) => db.select().from(citations).where(eq(citations.itemId, itemId)).orderBy(asc(citations.createdAt)).prepare("get_item_citations");

const verdictsStatement = (db: Db) =>
  db
    .select({ verdict: verdicts, by: { id: users.id, name: users.name, email: users.email } })
    .from(verdicts)
    .leftJoin(users, eq(users.id, verdicts.createdBy))
    .where(eq(verdicts.itemId, itemId))
    .orderBy(asc(verdicts.version))
    .prepare("get_item_verdicts");
