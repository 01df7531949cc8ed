import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db, Tx } from "@/db/client.ts";
import { sessions } from "@/db/schema.ts";

/**
 * Ends every open session of a user, or all but `except` (the browser that changed its own
 * password stays signed in). Takes a transaction so it lands with the change that caused it.
 */
export async function endSessions(db: Db | Tx, userId: string, except?: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), except ? ne(sessions.id, except) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}
