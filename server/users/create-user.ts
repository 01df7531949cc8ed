import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { users } from "@/db/schema.ts";
import { createUserSchema } from "@/lib/validations/user.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { validate } from "../validate.ts";
import { hashPassword } from "./hash-password.ts";
import { assertAcceptablePassword } from "./password-policy.ts";
import { temporaryPassword } from "./temporary-password.ts";

/**
 * Adds an account (admins and the CLI operator only). Without a password it is an invitation:
 * a temporary password, returned once for the admin to pass on, that must be replaced at the
 * first sign-in.
 */
export async function createUser(db: Db, actor: Actor | null, input: unknown) {
  const who = requireRole(actor, "admin", "manage users");
  const data = validate(createUserSchema, input);
  if (data.password) await assertAcceptablePassword(data.password, data.email);
  const temporary = data.password ? null : temporaryPassword();
  const passwordHash = await hashPassword(data.password ?? temporary!);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: data.email, name: data.name ?? data.email.split("@")[0]!, role: data.role, passwordHash, mustChangePassword: !!temporary })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!user) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`);
      if (taken) throw new AppError("conflict", `There is already an account for ${data.email}.`, { email: ["Already registered."] });
      throw new AppError("conflict", "The account could not be created.");
    }
    await recordAudit(tx, who, "user.create", { type: "user", id: user.id }, null, { email: user.email, role: user.role, invited: !!temporary });
    return { ...user, temporaryPassword: temporary };
  });
}
