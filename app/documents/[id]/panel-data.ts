import type { Db } from "../../../db/client.ts";
import type { ItemPanelData } from "../../../lib/review/panel-types.ts";
import type { Actor } from "../../../server/actor.ts";
import { listAuditEvents } from "../../../server/audit/list-audit-events.ts";
import { getItem } from "../../../server/items/get-item.ts";

/** As many audit events as one panel lists; an item with more is a rare, long-disputed one. */
const AUDIT_LIMIT = 100;

/**
 * The item panel's data: the item with its citations and verdicts, and its audit trail, each
 * read by its service (which checks the role). Who added a citation comes from the trail's
 * "citation.add" events, so no service beyond those two is needed.
 */
export async function loadPanelData(db: Db, actor: Actor | null, itemId: string): Promise<ItemPanelData> {
  const detail = await getItem(db, actor, itemId);
  const { events } = await listAuditEvents(db, actor, { targetType: "item", targetId: itemId, limit: AUDIT_LIMIT });
  const adders = new Map<string, string>();
  for (const e of events) {
    const id = (e.after as { id?: unknown } | null)?.id;
    if (e.action === "citation.add" && typeof id === "string" && e.actor) adders.set(id, e.actor.name);
  }
  return {
    item: detail.item,
    citations: detail.citations.map((c) => ({ ...c, addedBy: adders.get(c.id) ?? null })),
    verdicts: detail.verdicts.map((v) => ({
      id: v.id,
      fromStatus: v.fromStatus,
      toStatus: v.toStatus,
      note: v.note,
      version: v.version,
      createdAt: v.createdAt,
      by: v.by?.name ?? null,
    })),
    audit: events.map((e) => ({ id: e.id, action: e.action, at: e.at, actorName: e.actor?.name ?? null, before: e.before, after: e.after })),
  };
}
