import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, users } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { endSessions } from "../sessions/end-sessions.ts";
import { findUserForUpdate } from "./find-user.ts";
import { keepAnAdmin } from "./last-admin.ts";

/**
 * Deactivates an account: it can no longer sign in, its sessions end and its API tokens are
 * revoked, all at once. Its verdicts, citations and audit trail stay. Reactivating lets it sign
 * in again; the revoked tokens stay revoked.
 */
export async function deactivateUser(db: Db, actor: Actor | null, userRef: string) {
  const who = requireRole(actor, "admin", "manage users");
  return db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, userRef);
    if (user.id === who.id) throw new AppError("conflict", "You cannot deactivate your own account; ask another admin.");
    if (user.deactivatedAt) return { id: user.id, email: user.email, sessionsEnded: 0, tokensRevoked: 0, changed: false };
    await keepAnAdmin(tx, user, `deactivate ${user.email}`);
    const now = new Date();
    await tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, user.id));
    const sessionsEnded = await endSessions(tx, user.id);
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await recordAudit(tx, who, "user.deactivate", { type: "user", id: user.id }, { active: true }, { active: false, sessionsEnded, tokensRevoked: revoked.length });
    return { id: user.id, email: user.email, sessionsEnded, tokensRevoked: revoked.length, changed: true };
  });
}

export async function reactivateUser(db: Db, actor: Actor | null, userRef: string) {
  const who = requireRole(actor, "admin", "manage users");
  return db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, userRef);
    if (!user.deactivatedAt) return { id: user.id, email: user.email, changed: false };
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, user.id));
    await recordAudit(tx, who, "user.reactivate", { type: "user", id: user.id }, { active: false }, { active: true });
    return { id: user.id, email: user.email, changed: true };
  });
}
