import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client.ts";
import { users, type User } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import { notFound } from "../errors.ts";

/**
 * An account by id (the admin pages) or by email (the command line), locked for the change
 * about to be made to it. Unknown is a 404 naming what was asked for.
 */
export async function findUserForUpdate(tx: Db | Tx, ref: string): Promise<User> {
  const key = ref.trim().toLowerCase();
  const where = key.includes("@") ? sql`lower(${users.email}) = ${key}` : UUID.test(key) ? eq(users.id, key) : null;
  const [user] = where ? await tx.select().from(users).where(where).limit(1).for("update") : [];
  if (!user) throw notFound(`An account for ${ref.trim() || "that"}`);
  return user;
}
