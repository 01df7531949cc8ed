import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { OPERATOR } from "../actor.ts";
import { sessionActor } from "../sessions/session-actor.ts";
import { startSession } from "../sessions/start-session.ts";
import { authenticateToken } from "../tokens/authenticate-token.ts";
import { createToken } from "../tokens/create-token.ts";
import { changeOwnPassword } from "./change-password.ts";
import { changeRole } from "./change-role.ts";
import { checkPassword } from "./hash-password.ts";
import { createUser } from "./create-user.ts";
import { listUsers } from "./list-users.ts";
import { resetPassword } from "./reset-password.ts";
import { deactivateUser, reactivateUser } from "./set-active.ts";

const t = useDatabase();
let n = 0;
const account = async (role = "reviewer") => createUser(t.database.db, OPERATOR, { email: `staff-${++n}@test.local`, role, password: "staff-password-123" });
const session = (userId: string) => startSession(t.database.db, userId, { address: null, userAgent: null });
const live = (id: string, userId: string) => sessionActor(t.database.db, id, userId);
const audit = async (targetId: string) => (await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, targetId))).map((e) => e.action);

describe("changeRole", () => {
  it("changes the role, ends the account's sessions and audits both", async () => {
    const user = await account();
    const s = await session(user.id);
    expect(await changeRole(t.database.db, t.as.admin, user.email, { role: "editor" })).toMatchObject({ role: "editor", sessionsEnded: 1, changed: true });
    expect(await changeRole(t.database.db, t.as.admin, user.email, { role: "editor" })).toMatchObject({ sessionsEnded: 0, changed: false });
    expect(await live(s, user.id)).toBeNull();
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.role).toBe("editor");
    expect(await audit(user.id)).toEqual(["user.create", "user.role"]);
  });

  it("refuses a change made from a stale page, when someone else changed the role meanwhile", async () => {
    const user = await account("reviewer");
    await changeRole(t.database.db, t.as.admin, user.id, { role: "editor", from: "reviewer" });
    // A second admin's page still shows "reviewer" and they choose "viewer": editor must not be undone unseen.
    await expect(changeRole(t.database.db, t.as.admin, user.id, { role: "viewer", from: "reviewer" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("made staff-"),
    });
    // Both chose the same role: nothing to undo, so not a conflict.
    expect(await changeRole(t.database.db, t.as.admin, user.id, { role: "editor", from: "reviewer" })).toMatchObject({ changed: false });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.role).toBe("editor");
  });

  it("names a bad role and an unknown account", async () => {
    const user = await account();
    await expect(changeRole(t.database.db, t.as.admin, user.id, { role: "owner" })).rejects.toMatchObject({ status: 422, fields: { role: [expect.any(String)] } });
    await expect(changeRole(t.database.db, t.as.admin, "ghost@test.local", { role: "viewer" })).rejects.toMatchObject({ status: 404 });
  });

  it("never leaves the newsroom without an active admin", async () => {
    const [only] = await t.database.db.select().from(users).where(eq(users.role, "admin"));
    await expect(changeRole(t.database.db, OPERATOR, only!.email, { role: "editor" })).rejects.toMatchObject({
      status: 409,
      message: `${only!.email} is the only active admin: make someone else an admin before you take away ${only!.email}'s admin role.`,
    });
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("stops the account at once: sign-in sessions end and API tokens are revoked", async () => {
    const user = await account();
    const s = await session(user.id);
    const { token } = await createToken(t.database.db, OPERATOR, { email: user.email, scope: "read-write" });
    expect(await deactivateUser(t.database.db, t.as.admin, user.email)).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1, changed: true });
    expect(await live(s, user.id)).toBeNull();
    expect(await authenticateToken(t.database.db, token)).toBeNull();
    expect(await deactivateUser(t.database.db, t.as.admin, user.email)).toMatchObject({ sessionsEnded: 0, tokensRevoked: 0, changed: false });
    expect(await reactivateUser(t.database.db, t.as.admin, user.email)).toMatchObject({ changed: true });
    expect(await reactivateUser(t.database.db, t.as.admin, user.email)).toMatchObject({ changed: false });
    expect(await live(await session(user.id), user.id)).not.toBeNull();
    expect(await authenticateToken(t.database.db, token)).toBeNull(); // revoked stays revoked
    expect(await audit(user.id)).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
  });

  it("refuses an admin deactivating themselves", async () => {
    await expect(deactivateUser(t.database.db, t.as.admin, t.as.admin.email)).rejects.toMatchObject({ status: 409, message: expect.stringContaining("your own account") });
  });
});

describe("resetPassword", () => {
  it("gives a temporary password that must be changed, ends the sessions, and audits without the password", async () => {
    const user = await account();
    const s = await session(user.id);
    const { temporaryPassword } = await resetPassword(t.database.db, t.as.admin, user.email);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.mustChangePassword).toBe(true);
    expect(await checkPassword(temporaryPassword, row!.passwordHash)).toBe(true);
    expect(await live(s, user.id)).toBeNull();
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, user.id));
    expect(JSON.stringify(events)).not.toContain(temporaryPassword);
  });
});

describe("changeOwnPassword", () => {
  it("checks the current password, keeps this session and ends the others, and clears a temporary password", async () => {
    const user = await account();
    const { temporaryPassword } = await resetPassword(t.database.db, t.as.admin, user.email);
    const [here, there] = [await session(user.id), await session(user.id)];
    const me = (await live(here, user.id))!;
    expect(me.mustChangePassword).toBe(true);
    const wrong = await changeOwnPassword(t.database.db, me, { current: "not-it", password: "new-staff-password-1", confirm: "new-staff-password-1" }).catch((e) => e);
    expect(wrong).toMatchObject({ status: 422, fields: { current: ["That is not your current password."] } });
    expect(await changeOwnPassword(t.database.db, me, { current: temporaryPassword, password: "new-staff-password-1", confirm: "new-staff-password-1" })).toEqual({ sessionsEnded: 1 });
    expect(await live(here, user.id)).toMatchObject({ mustChangePassword: false });
    expect(await live(there, user.id)).toBeNull();
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(await checkPassword("new-staff-password-1", row!.passwordHash)).toBe(true);
    expect(await audit(user.id)).toEqual(["user.create", "user.reset-password", "user.change-password"]);
  });

  it("names a short, mismatched, unchanged or common new password", async () => {
    const user = await account();
    const me = (await live(await session(user.id), user.id))!;
    const fields = async (password: string, confirm = password, current = "staff-password-123") =>
      Object.keys((await changeOwnPassword(t.database.db, me, { current, password, confirm }).catch((e) => e)).fields ?? {});
    expect(await fields("short")).toContain("password");
    expect(await fields("a-long-new-password", "another-one")).toEqual(["confirm"]);
    expect(await fields("staff-password-123")).toEqual(["password"]);
    expect(await fields("qwerty123456")).toEqual(["password"]);
  });
});

describe("listUsers", () => {
  it("lists every account by email with its state, for admins only", async () => {
    const gone = await account();
    await deactivateUser(t.database.db, t.as.admin, gone.email);
    await createToken(t.database.db, OPERATOR, { email: "viewer@test.local" });
    const list = await listUsers(t.database.db, t.as.admin);
    const emails = list.map((u) => u.email);
    expect(emails.indexOf("admin@test.local")).toBeLessThan(emails.indexOf("editor@test.local"));
    expect(emails.indexOf("reviewer@test.local")).toBeLessThan(emails.indexOf("viewer@test.local"));
    expect(list.find((u) => u.id === gone.id)).toMatchObject({ deactivatedAt: expect.any(String), liveTokens: 0 });
    expect(list.find((u) => u.email === "viewer@test.local")).toMatchObject({ liveTokens: 1 });
    expect(list.find((u) => u.email === "admin@test.local")).toMatchObject({ role: "admin", deactivatedAt: null, mustChangePassword: false });
    await expect(listUsers(t.database.db, t.as.editor)).rejects.toMatchObject({ status: 403 });
  });
});
