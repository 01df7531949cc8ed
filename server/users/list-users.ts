import "server-only";
import { and, asc, count, eq, gt, isNull, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, sessions, signInAttempts, users } from "@/db/schema.ts";
import type { UserListEntry } from "@/lib/views/user-list-entry.ts";
import { requireRole, type Actor } from "../actor.ts";

/**
 * Every account, for the admin page and `attest user list`: a newsroom has tens or hundreds,
 * so one list, sorted by email, with what an admin checks before changing one.
 */
export async function listUsers(db: Db, actor: Actor | null): Promise<UserListEntry[]> {
  requireRole(actor, "admin", "manage users");
  const openSessions = db
    .select({ userId: sessions.userId, n: count().as("open_sessions") })
    .from(sessions)
    .where(isNull(sessions.endedAt))
    .groupBy(sessions.userId)
    .as("open_sessions");
  const liveTokens = db
    .select({ userId: apiTokens.userId, n: count().as("live_tokens") })
    .from(apiTokens)
    .where(and(isNull(apiTokens.revokedAt), sql`(${apiTokens.expiresAt} is null or ${apiTokens.expiresAt} > now())`))
    .groupBy(apiTokens.userId)
    .as("live_tokens");
  const lastSignIn = db
    .select({ email: signInAttempts.email, at: max(signInAttempts.at).as("last_sign_in") })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, true), gt(signInAttempts.at, sql`now() - interval '90 days'`)))
    .groupBy(signInAttempts.email)
    .as("last_sign_in");
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      deactivatedAt: users.deactivatedAt,
      mustChangePassword: users.mustChangePassword,
      openSessions: sql<number>`coalesce(${openSessions.n}, 0)`.mapWith(Number),
      liveTokens: sql<number>`coalesce(${liveTokens.n}, 0)`.mapWith(Number),
      lastSignInAt: lastSignIn.at,
    })
    .from(users)
    .leftJoin(openSessions, eq(openSessions.userId, users.id))
    .leftJoin(liveTokens, eq(liveTokens.userId, users.id))
    .leftJoin(lastSignIn, sql`${lastSignIn.email} = lower(${users.email})`)
    .orderBy(asc(sql`lower(${users.email})`));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    deactivatedAt: r.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: r.lastSignInAt ? new Date(r.lastSignInAt).toISOString() : null,
  }));
}
