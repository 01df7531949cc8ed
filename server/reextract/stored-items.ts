import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client.ts";
import { auditEvents, citations, items, people, verdicts } from "@/db/schema.ts";
import type { StoredItem } from "@/lib/reextract/plan-reextract.ts";

/**
 * Audit actions that mean an editor changed the item by hand. The version alone cannot say
 * so: verdicts and re-extraction bump it too.
 */
const EDITOR_ACTIONS = ["item.correct", "item.remove", "item.restore"];

/**
 * What people have done to an item, from the rows the schema keeps for it: any verdict or a
 * status moved off pending, any citation (even one removed since), an editor's correction or
 * removal, or an item added by hand (extractor "manual:<email>"; none at all is not the
 * extractor's either). Any of these and re-extraction leaves the item exactly as it is.
 */
const reviewed = sql<boolean>`(
  ${items.status} <> 'pending'
  or ${items.extractor} is null
  or ${items.extractor} like 'manual:%'
  or exists (select 1 from ${verdicts} where ${verdicts.itemId} = ${items.id})
  or exists (select 1 from ${citations} where ${citations.itemId} = ${items.id})
  or exists (select 1 from ${auditEvents} where ${auditEvents.targetType} = 'item' and ${auditEvents.targetId} = ${items.id}::text
             and ${auditEvents.action} in (${sql.join(EDITOR_ACTIONS.map((a) => sql`${a}`), sql`, `)}))
)`;

/**
 * Every item of a document, removed ones too, as the re-extraction plan sees them. `lock`
 * holds them until the transaction ends, so no verdict lands between the plan and its writes.
 */
export async function storedItems(db: Db | Tx, documentId: string, { lock = false } = {}): Promise<StoredItem[]> {
  const query = db
    .select({ item: items, speaker: { id: people.id, name: people.name, aliases: people.aliases }, reviewed })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(eq(items.documentId, documentId))
    .orderBy(asc(items.start), asc(items.id));
  const rows = lock ? await query.for("update", { of: items }) : await query;
  return rows.map(({ item, speaker, reviewed }) => ({
    id: item.id,
    type: item.type,
    kind: item.kind,
    text: item.text,
    start: item.start,
    end: item.end,
    speaker: speaker?.id ? { id: speaker.id, name: speaker.name, aliases: speaker.aliases } : null,
    version: item.version,
    reviewed,
    removed: item.removedAt !== null,
  }));
}
