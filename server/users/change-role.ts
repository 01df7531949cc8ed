import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { users } from "@/db/schema.ts";
import { changeRoleSchema } from "@/lib/validations/user.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { validate } from "../validate.ts";
import { endSessions } from "../sessions/end-sessions.ts";
import { findUserForUpdate } from "./find-user.ts";
import { keepAnAdmin } from "./last-admin.ts";

/** Gives an account another role; its sessions end, so it signs in again under the new one. */
export async function changeRole(db: Db, actor: Actor | null, userRef: string, input: unknown) {
  const who = requireRole(actor, "admin", "manage users");
  const { role, from } = validate(changeRoleSchema, input);
  return db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, userRef);
    if (from && user.role !== from && user.role !== role) {
      throw new AppError("conflict", `Someone else made ${user.email} ${user.role} meanwhile; nothing was changed. Choose again.`);
    }
    if (user.role === role) return { id: user.id, email: user.email, role, sessionsEnded: 0, changed: false };
    if (role !== "admin") await keepAnAdmin(tx, user, `take away ${user.email}'s admin role`);
    await tx.update(users).set({ role }).where(eq(users.id, user.id));
    const sessionsEnded = await endSessions(tx, user.id);
    await recordAudit(tx, who, "user.role", { type: "user", id: user.id }, { role: user.role }, { role, sessionsEnded });
    return { id: user.id, email: user.email, role, sessionsEnded, changed: true };
  });
}
