import type { Db } from "@/db/client.ts";
import type { ItemPanelData } from "@/lib/review/panel-types.ts";
import type { Actor } from "@/server/actor.ts";
import { listAuditEvents } from "@/server/audit/list-audit-events.ts";
import { UUID } from "@/lib/uuid.ts";
import { getItem } from "@/server/items/get-item.ts";
import { peopleNames } from "@/server/people/people-names.ts";

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
  // The trail names speakers by id, some of them no longer speaking in this document: looked up here,
  // so the page need not send everyone quoted anywhere.
  const mentioned = events.flatMap((e) => [speakerIdIn(e.before), speakerIdIn(e.after)]).filter((id): id is string => id !== null);
  const names = await peopleNames(db, mentioned);
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
    names,
  };
}

function speakerIdIn(payload: unknown): string | null {
  const id = (payload as { speakerId?: unknown } | null)?.speakerId;
  return typeof id === "string" && UUID.test(id) ? id : null;
}
