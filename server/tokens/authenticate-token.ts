import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { apiTokens, users } from "../../db/schema.ts";
import type { Actor } from "../actor.ts";
import { hashToken } from "./create-token.ts";

/** The account behind an `Authorization: Bearer` token, or null for an unknown or revoked one. */
export async function authenticateToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith("att_") || token.length > 100) return null;
  const [row] = await db
    .select({ tokenId: apiTokens.id, id: users.id, email: users.email, name: users.name, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
