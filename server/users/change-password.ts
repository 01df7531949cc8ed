import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { users } from "@/db/schema.ts";
import { changePasswordSchema } from "@/lib/validations/user.ts";
import { requireRole } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { endSessions } from "../sessions/end-sessions.ts";
import type { SessionActor } from "../sessions/session-actor.ts";
import { validate } from "../validate.ts";
import { checkPassword, hashPassword } from "./hash-password.ts";
import { findUserForUpdate } from "./find-user.ts";
import { assertAcceptablePassword } from "./password-policy.ts";

/**
 * A signed-in user replaces their own password (the temporary one too). The session asking stays
 * signed in; every other one ends, so a password changed because it leaked locks the other out.
 */
export async function changeOwnPassword(db: Db, session: SessionActor | null, input: unknown) {
  const who = requireRole(session, "viewer", "change a password") as SessionActor;
  const data = validate(changePasswordSchema, input);
  await assertAcceptablePassword(data.password, who.email);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, who.id);
    if (!(await checkPassword(data.current, user.passwordHash))) {
      throw new AppError("validation", "current: That is not your current password.", { current: ["That is not your current password."] });
    }
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, user.id));
    const sessionsEnded = await endSessions(tx, user.id, who.sessionId);
    await recordAudit(tx, who, "user.change-password", { type: "user", id: user.id }, null, { sessionsEnded });
    return { sessionsEnded };
  });
}
