import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items, people, users } from "@/db/schema.ts";
import type { NameLookup } from "@/lib/audit/describe-activity.ts";
import type { ActivityEntry, ActivityTarget, AuditEntry } from "@/lib/views/activity-entry.ts";
import type { Actor } from "../actor.ts";
import { UUID } from "@/lib/uuid.ts";
import { peopleNames } from "../people/people-names.ts";
import { listAuditEvents } from "./list-audit-events.ts";

/**
 * The activity page's data: a page of the whole audit log (editors and up, as
 * listAuditEvents rules) with each event's target resolved, and the names of the people and
 * accounts its before/after mention only by id. A handful of queries per page, not per row.
 */
export async function listActivity(
  db: Db,
  actor: Actor | null,
  page: { before?: number; limit?: number } = {},
): Promise<{ entries: ActivityEntry[]; names: NameLookup; nextBefore: number | null }> {
  const { events, nextBefore } = await listAuditEvents(db, actor, page);
  const ids = (type: string) => events.filter((e) => e.targetType === type).map((e) => e.targetId);
  const mentioned = (key: string) => events.flatMap((e) => [idIn(e.before, key), idIn(e.after, key)]).filter((id) => id !== null);

  const [itemRows, documentRows, personRows, userRows, speakerNames] = await Promise.all([
    findAll(ids("item"), (list) =>
      db
        .select({ id: items.id, itemType: items.type, text: items.text, removedAt: items.removedAt, documentId: documents.id, title: documents.title })
        .from(items)
        .innerJoin(documents, eq(documents.id, items.documentId))
        .where(inArray(items.id, list)),
    ),
    findAll(ids("document"), (list) => db.select({ id: documents.id, title: documents.title }).from(documents).where(inArray(documents.id, list))),
    findAll(ids("person"), (list) => db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, list))),
    findAll([...ids("user"), ...mentioned("userId")], (list) => db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list))),
    // Speakers merged away since are named from the merge's record.
    peopleNames(db, mentioned("speakerId")),
  ]);

  const itemsById = new Map(itemRows.map((r) => [r.id, r]));
  const documentsById = new Map(documentRows.map((r) => [r.id, r]));
  const names: Record<string, string> = { ...speakerNames, ...Object.fromEntries([...personRows, ...userRows].map((r) => [r.id, r.name])) };

  const resolve = (e: AuditEntry): ActivityTarget => {
    const other = { type: "other" as const, id: e.targetId, targetType: e.targetType };
    if (e.targetType === "item") {
      const row = itemsById.get(e.targetId);
      return row
        ? { type: "item", id: row.id, itemType: row.itemType, text: row.text, removed: !!row.removedAt, document: { id: row.documentId, title: row.title } }
        : other;
    }
    if (e.targetType === "document") {
      const row = documentsById.get(e.targetId);
      return row ? { type: "document", id: row.id, title: row.title } : other;
    }
    const target = (e.targetType === "person" ? personRows : e.targetType === "user" ? userRows : []).find((r) => r.id === e.targetId);
    if (target && (e.targetType === "person" || e.targetType === "user")) return { type: e.targetType, id: target.id, name: target.name };
    return other;
  };

  return { entries: events.map((e) => ({ ...e, target: resolve(e) })), names, nextBefore };
}

// An empty IN () is a syntax error in SQL, and a non-UUID a type error: ask only when there is something valid to ask.
async function findAll<T>(ids: string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const valid = [...new Set(ids)].filter((id) => UUID.test(id));
  return valid.length ? query(valid) : [];
}

function idIn(payload: unknown, key: string): string | null {
  const value = payload && typeof payload === "object" ? (payload as Record<string, unknown>)[key] : null;
  return typeof value === "string" ? value : null;
}
