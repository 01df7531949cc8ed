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

/** Adds an account (admins and the CLI operator only); the password is stored as a bcrypt hash. */
export async function createUser(db: Db, actor: Actor | null, input: unknown) {
  const who = requireRole(actor, "admin", "manage users");
  const data = validate(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: data.email, name: data.name ?? data.email.split("@")[0]!, role: data.role, passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!user) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`);
      if (taken) throw new AppError("conflict", `There is already an account for ${data.email}.`, { email: ["Already registered."] });
      throw new AppError("conflict", "The account could not be created.");
    }
    await recordAudit(tx, who, "user.create", { type: "user", id: user.id }, null, { email: user.email, role: user.role });
    return user;
  });
}
