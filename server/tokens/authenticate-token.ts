import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { prepared } from "@/db/prepared.ts";
import { apiTokens, users } from "@/db/schema.ts";
import type { Actor } from "../actor.ts";
import { hashToken } from "./create-token.ts";

/**
 * How stale "last used" may be: it is shown to the token's owner, to the minute, and writing it
 * on every request would make each read a write.
 */
const LAST_USED_PRECISION = "1 minute";

/**
 * The account behind an `Authorization: Bearer` token, or null for an unknown, revoked or
 * expired one, or one whose account is deactivated. A read-only token acts as a viewer.
 * One round trip: the account is read and, at most once a minute, "last used" moved on, in the
 * same statement, which every API request runs: so it is built once and prepared.
 */
export async function authenticateToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith("att_") || token.length > 100) return null;
  const [row] = await prepared(db, "authenticate_token", () => tokenCheck(db)).execute({ tokenHash: hashToken(token) });
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.scope === "read-only" ? "viewer" : row.role };
}

function tokenCheck(db: Db) {
  const live = and(
    eq(apiTokens.tokenHash, sql.placeholder("tokenHash")),
    isNull(apiTokens.revokedAt),
    or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
  );
  const touched = db.$with("touched").as(
    db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(and(live, or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - ${LAST_USED_PRECISION}::interval`))))
      .returning({ id: apiTokens.id }),
  );
  return (
    db
      .with(touched)
      // A data-modifying CTE runs whether or not it is read; reading it keeps that plain to see.
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, scope: apiTokens.scope, touched: sql<number>`(select count(*) from ${touched})`.mapWith(Number) })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(live, isNull(users.deactivatedAt)))
      .limit(1)
      .prepare("authenticate_token")
  );
}
