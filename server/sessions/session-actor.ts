import "server-only";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { prepared } from "@/db/prepared.ts";
import { sessions, users } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import type { Actor } from "../actor.ts";
import { sessionLifetime } from "./session-lifetime.ts";

export interface SessionActor extends Actor {
  id: string;
  sessionId: string;
  mustChangePassword: boolean;
}

/**
 * The account behind a session cookie, or null when the session has ended, idled out, passed
 * its absolute lifetime, or its account was deactivated. Every page and action asks, so it is
 * one prepared round trip that also moves "last seen" on, at most once a minute.
 */
export async function sessionActor(db: Db, sessionId: string, userId: string): Promise<SessionActor | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const { idleMinutes, absoluteMinutes } = sessionLifetime();
  const [row] = await prepared(db, "session_actor", () => sessionCheck(db)).execute({ sessionId, userId, idle: `${idleMinutes} minutes`, absolute: `${absoluteMinutes} minutes` });
  return row ? { id: row.id, email: row.email, name: row.name, role: row.role, sessionId, mustChangePassword: row.mustChangePassword } : null;
}

function sessionCheck(db: Db) {
  const live = and(
    eq(sessions.id, sql.placeholder("sessionId")),
    eq(sessions.userId, sql.placeholder("userId")),
    isNull(sessions.endedAt),
    gt(sessions.lastSeenAt, sql`now() - ${sql.placeholder("idle")}::interval`),
    gt(sessions.createdAt, sql`now() - ${sql.placeholder("absolute")}::interval`),
  );
  const touched = db.$with("touched").as(
    db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(live, lt(sessions.lastSeenAt, sql`now() - interval '1 minute'`)))
      .returning({ id: sessions.id }),
  );
  return db
    .with(touched)
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      touched: sql<number>`(select count(*) from ${touched})`.mapWith(Number),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(live, isNull(users.deactivatedAt)))
    .limit(1)
    .prepare("session_actor");
}
