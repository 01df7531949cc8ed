import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { endSessions } from "./end-sessions.ts";
import { sessionActor } from "./session-actor.ts";
import { startSession } from "./start-session.ts";

const t = useDatabase();
const client = { address: "192.0.2.1", userAgent: "Firefox" };
const open = (role: keyof typeof t.as = "reviewer") => startSession(t.database.db, t.as[role].id!, client);
const check = (id: string, role: keyof typeof t.as = "reviewer") => sessionActor(t.database.db, id, t.as[role].id!);
const age = (id: string, set: Partial<typeof sessions.$inferInsert>) => t.database.db.update(sessions).set(set).where(eq(sessions.id, id));
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("sessionActor", () => {
  it("gives a live session's account, its id and whether it must change its password", async () => {
    const id = await open();
    expect(await check(id)).toEqual({ ...t.as.reviewer, sessionId: id, mustChangePassword: false });
  });

  it("refuses a session id of another user, an unknown one, and things that are not ids", async () => {
    const id = await open();
    expect(await check(id, "editor")).toBeNull();
    expect(await check(crypto.randomUUID())).toBeNull();
    expect(await sessionActor(t.database.db, "'; drop table users", t.as.reviewer.id!)).toBeNull();
  });

  it("ends after twelve idle hours, and moves 'last seen' on at most once a minute", async () => {
    const id = await open();
    await age(id, { lastSeenAt: minutesAgo(11 * 60) });
    expect(await check(id)).not.toBeNull(); // and this request moved "last seen" to now
    const [seen] = await t.database.db.select().from(sessions).where(eq(sessions.id, id));
    expect(Date.now() - seen!.lastSeenAt.getTime()).toBeLessThan(60_000);
    await age(id, { lastSeenAt: minutesAgo(12 * 60 + 1) });
    expect(await check(id)).toBeNull();
  });

  it("ends seven days after sign-in however busy it is", async () => {
    const id = await open();
    await age(id, { createdAt: minutesAgo(7 * 24 * 60 - 5) });
    expect(await check(id)).not.toBeNull();
    await age(id, { createdAt: minutesAgo(7 * 24 * 60 + 1) });
    expect(await check(id)).toBeNull();
  });

  it("ends with endSessions, all of a user's or all but one", async () => {
    const [a, b, c] = [await open("viewer"), await open("viewer"), await open("viewer")];
    const other = await open("editor");
    expect(await endSessions(t.database.db, t.as.viewer.id!, b)).toBeGreaterThanOrEqual(2);
    expect(await check(a, "viewer")).toBeNull();
    expect(await check(c, "viewer")).toBeNull();
    expect(await check(b, "viewer")).not.toBeNull();
    expect(await check(other, "editor")).not.toBeNull();
    await endSessions(t.database.db, t.as.viewer.id!);
    expect(await check(b, "viewer")).toBeNull();
  });

  it("refuses every session of a deactivated account, and says when a password must be changed", async () => {
    const id = await open("admin");
    await t.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, t.as.admin.id!));
    expect(await check(id, "admin")).toMatchObject({ mustChangePassword: true });
    await t.database.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, t.as.admin.id!));
    expect(await check(id, "admin")).toBeNull();
  });
});
