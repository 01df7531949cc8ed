import "server-only";
import type { Db, Tx } from "@/db/client.ts";
import { auditEvents } from "@/db/schema.ts";
import type { Actor } from "./actor.ts";

/** Who changed what, before and after: written in the same transaction as the change itself. */
export async function recordAudit(
  tx: Tx | Db,
  actor: Actor,
  action: string,
  target: { type: string; id: string },
  before: unknown,
  after: unknown,
) {
  await recordAudits(tx, actor, [{ action, target, before, after }]);
}

export interface AuditEntry {
  action: string;
  target: { type: string; id: string };
  before: unknown;
  after: unknown;
}

// Rows per statement: six bound parameters a row, under the protocol's 65,535.
const CHUNK = 5_000;

/** Many events of one actor in one statement (a few for very many), in the order given. */
export async function recordAudits(tx: Tx | Db, actor: Actor, entries: AuditEntry[]) {
  const rows = entries.map(({ action, target, before, after }) => ({
    actorId: actor.id,
    action,
    targetType: target.type,
    targetId: target.id,
    before: before ?? null,
    after: after ?? null,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(auditEvents).values(rows.slice(i, i + CHUNK));
}
