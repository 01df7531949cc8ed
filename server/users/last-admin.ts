import "server-only";
import { and, count, eq, isNull, ne } from "drizzle-orm";
import type { Tx } from "@/db/client.ts";
import { users, type User } from "@/db/schema.ts";
import { AppError } from "../errors.ts";

/**
 * Refuses a change that would leave no active admin: nobody could then manage accounts short of
 * the command line. Runs under the target's row lock, inside the change's transaction.
 */
export async function keepAnAdmin(tx: Tx, target: User, what: string): Promise<void> {
  if (target.role !== "admin" || target.deactivatedAt) return;
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt), ne(users.id, target.id)));
  if (!others || others.n === 0) throw new AppError("conflict", `${target.email} is the only active admin: make someone else an admin before you ${what}.`);
}
