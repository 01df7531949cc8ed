import "server-only";
import type { Db } from "@/db/client.ts";
import { sessions } from "@/db/schema.ts";

/** A new signed-in browser for the user; the id goes into the session cookie. */
export async function startSession(db: Db, userId: string, client: { address: string | null; userAgent: string | null }): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, address: client.address, userAgent: client.userAgent?.slice(0, 300) ?? null })
    .returning({ id: sessions.id });
  return row!.id;
}
