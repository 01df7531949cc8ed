import type { Db } from "../db/client.ts";
import { auditEvents } from "../db/schema.ts";
import type { Actor } from "./actor.ts";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Who changed what, before and after: written in the same transaction as the change itself. */
export async function recordAudit(
  tx: Tx | Db,
  actor: Actor,
  action: string,
  target: { type: string; id: string },
  before: unknown,
  after: unknown,
) {
  await tx.insert(auditEvents).values({
    actorId: actor.id,
    action,
    targetType: target.type,
    targetId: target.id,
    before: before ?? null,
    after: after ?? null,
  });
}

export type { Tx };
