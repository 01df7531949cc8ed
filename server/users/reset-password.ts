import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { users } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { endSessions } from "../sessions/end-sessions.ts";
import { hashPassword } from "./hash-password.ts";
import { findUserForUpdate } from "./find-user.ts";
import { temporaryPassword } from "./temporary-password.ts";

/**
 * Gives an account a temporary password, returned once for the admin to pass on; the owner must
 * choose their own at the next sign-in. Every session of theirs ends; API tokens are kept.
 */
export async function resetPassword(db: Db, actor: Actor | null, userRef: string) {
  const who = requireRole(actor, "admin", "reset passwords");
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  return db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, userRef);
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, user.id));
    const sessionsEnded = await endSessions(tx, user.id);
    // The password itself is never audited, only that it was reset.
    await recordAudit(tx, who, "user.reset-password", { type: "user", id: user.id }, null, { sessionsEnded });
    return { id: user.id, email: user.email, temporaryPassword: temporary, sessionsEnded };
  });
}
