import "server-only";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { auditEvents, users } from "@/db/schema.ts";
import type { AuditEntry } from "@/lib/views/activity-entry.ts";
import { requireRole, type Actor } from "../actor.ts";

/**
 * The trail of changes, newest first: for one item's panel (any signed-in role) or the
 * editors' activity page (everything; editors and up).
 */
export async function listAuditEvents(
  db: Db,
  actor: Actor | null,
  filter: { targetType?: string; targetId?: string; before?: number; limit?: number } = {},
): Promise<{ events: AuditEntry[]; nextBefore: number | null }> {
  requireRole(actor, filter.targetId ? "viewer" : "editor", filter.targetId ? "read history" : "read the activity log");
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const where: (SQL | undefined)[] = [];
  if (filter.targetType) where.push(eq(auditEvents.targetType, filter.targetType));
  if (filter.targetId) where.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.before) where.push(lt(auditEvents.id, filter.before));
  const rows = await db
    .select({ event: auditEvents, actor: { id: users.id, name: users.name, email: users.email } })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    events: page.map(({ event, actor: who }) => ({
      id: event.id,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      before: event.before,
      after: event.after,
      at: event.at.toISOString(),
      actor: who?.id ? who : null,
    })),
    nextBefore: rows.length > limit ? page[page.length - 1]!.event.id : null,
  };
}
