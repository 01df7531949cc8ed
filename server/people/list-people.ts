import { asc, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { items, people } from "../../db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";

/** Everyone quoted, with how many quotes each has and how many of them are verified. */
export async function listPeople(db: Db, actor: Actor | null) {
  requireRole(actor, "viewer", "read speakers");
  return db
    .select({
      id: people.id,
      name: people.name,
      kind: people.kind,
      aliases: people.aliases,
      quotes: sql<number>`count(${items.id})`.mapWith(Number),
      verified: sql<number>`count(${items.id}) filter (where ${items.status} = 'verified')`.mapWith(Number),
    })
    .from(people)
    .leftJoin(items, sql`${items.speakerId} = ${people.id} and ${isNull(items.removedAt)}`)
    .groupBy(people.id)
    .orderBy(asc(people.name));
}

