import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokens, auditEvents, signInAttempts, users } from "@/db/schema.ts";
import { OPERATOR } from "@/server/actor.ts";
import { startSession } from "@/server/sessions/start-session.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { createUser } from "@/server/users/create-user.ts";
import { checkPassword } from "@/server/users/hash-password.ts";
import { useCliDatabase } from "@/test/cli-database.ts";
import { lines } from "@/test/run-attest.ts";

// The account and token commands, in order on one database: each test sees what the ones
// before it did. On PostgreSQL too when DATABASE_URL is set (a database of its own, dropped after).
const cli = useCliDatabase("attest-cli-accounts-", { followDatabaseUrl: true });
const attest = (...args: string[]) => cli.attest(args);
// Per CLI run: each starts tsx and opens the database, slow on a busy machine.
const T = 120_000;
const TEMPORARY = /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/;
const UUID_RE = /^[0-9a-f-]{36}$/;

const userRow = (email: string) => cli.inDatabase(async (db) => (await db.select().from(users).where(eq(users.email, email)))[0]!);
const minute = (d: Date) => `${d.toISOString().slice(0, 16)}Z`;

let signedInAt: Date;
beforeAll(async () => {
  await cli.inDatabase(async (db) => {
    await createUser(db, OPERATOR, { email: "admin@example.id", role: "admin", password: "the admin's own phrase" });
    const sari = await createUser(db, OPERATOR, { email: "sari@example.id", name: "Sari", role: "editor", password: "sari's own phrase" });
    await startSession(db, sari.id, { address: null, userAgent: null });
    signedInAt = new Date(Date.now() - 3_600_000);
    await db.insert(signInAttempts).values({ email: "sari@example.id", succeeded: true, at: signedInAt });
    await createToken(db, OPERATOR, { email: "sari@example.id", name: "laptop" });
    await createToken(db, OPERATOR, { email: "sari@example.id", name: "script", scope: "read-write" });
  });
}, 3 * T);

describe("attest user add", () => {
  it("takes the password from the first line of stdin, without a warning", async () => {
    const r = cli.attest(["user", "add", "--email", "nina@example.id", "--role", "reviewer", "--name", "Nina Tan"], "a phrase from stdin\nsecond line\n");
    expect(r).toMatchObject({ code: 0, stdout: "added nina@example.id (Nina Tan) as reviewer\n", stderr: "" });
    const nina = await userRow("nina@example.id");
    expect(await checkPassword("a phrase from stdin", nina.passwordHash)).toBe(true);
    expect(nina.mustChangePassword).toBe(false);
  }, T);

  it("refuses an empty stdin rather than inviting, exit 2", () => {
    const r = cli.attest(["user", "add", "--email", "x@example.id", "--role", "viewer"], "\n");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(lines(r.stderr)).toEqual(["attest: empty password (--invite makes a temporary one)"]);
  }, T);

  it("names the password in the service's policy errors, exit 2", () => {
    const r = cli.attest(["user", "add", "--email", "x@example.id", "--role", "viewer"], "qwerty123456\n");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(lines(r.stderr)).toEqual(["attest: password: That password is on a list of common passwords; choose another."]);
  }, T);

  it("--invite prints only the temporary password on stdout, and it must be changed", async () => {
    const r = attest("user", "add", "--email", "invited@example.id", "--role", "viewer", "--invite");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    const temporary = lines(r.stdout)[0]!;
    expect(temporary).toMatch(TEMPORARY);
    expect(lines(r.stderr)).toEqual([
      "invited invited@example.id (invited) as viewer: pass on this temporary password, to be changed at the first sign-in; it cannot be shown again",
    ]);
    const invited = await userRow("invited@example.id");
    expect(invited.mustChangePassword).toBe(true);
    expect(await checkPassword(temporary, invited.passwordHash)).toBe(true);
  }, T);

  it("refuses --invite with --password as a usage error", () => {
    const r = attest("user", "add", "--email", "x@example.id", "--role", "viewer", "--invite", "--password", "a long enough one");
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe("attest: --invite and --password do not go together");
    expect(r.stderr).toContain("usage: attest user add");
  }, T);
});

describe("attest user list", () => {
  it("prints one account a line, tab-separated, sorted by email", () => {
    const r = attest("user", "list");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([
      "admin@example.id\tadmin\tadmin\tactive\t-\t-",
      "invited@example.id\tviewer\tinvited\tactive\tmust-change-password\t-",
      "nina@example.id\treviewer\tNina Tan\tactive\t-\t-",
      `sari@example.id\teditor\tSari\tactive\t-\t${minute(signedInAt)}`,
    ]);
  }, T);

  it("--json gives the whole entries", () => {
    const r = attest("user", "list", "--json");
    const sari = (JSON.parse(r.stdout) as { email: string }[]).find((u) => u.email === "sari@example.id");
    expect(sari).toMatchObject({ role: "editor", openSessions: 1, liveTokens: 2, lastSignInAt: signedInAt.toISOString(), deactivatedAt: null });
  }, T);
});

describe("attest user role, reset, deactivate, reactivate", () => {
  it("role: changes it and says how many sessions ended", async () => {
    const r = attest("user", "role", "Sari@Example.id", "reviewer");
    expect(r).toMatchObject({ code: 0, stdout: "sari@example.id is now reviewer; 1 session ended\n", stderr: "" });
    expect((await userRow("sari@example.id")).role).toBe("reviewer");
  }, T);

  it("role: a bad role is named, exit 2; an unknown email is exit 1", () => {
    const bad = attest("user", "role", "sari@example.id", "boss");
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual(["attest: ROLE: Role must be one of viewer, reviewer, editor, admin."]);
    const ghost = attest("user", "role", "ghost@example.id", "viewer");
    expect(ghost.code).toBe(1);
    expect(lines(ghost.stderr)).toEqual(["attest: An account for ghost@example.id was not found."]);
  }, T);

  it("role: the arguments are checked first, with the usage", () => {
    const r = attest("user", "role", "sari@example.id");
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(["attest: give ROLE", "usage: attest user role EMAIL viewer|reviewer|editor|admin"]);
  }, T);

  it("reset: only the temporary password on stdout, the explanation on stderr", async () => {
    const r = attest("user", "reset", "sari@example.id");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${TEMPORARY.source.slice(1, -1)}\n$`));
    expect(lines(r.stderr)).toEqual([
      "reset the password of sari@example.id (0 sessions ended): pass on this temporary password, to be changed at the next sign-in; it cannot be shown again",
    ]);
    const sari = await userRow("sari@example.id");
    expect(sari.mustChangePassword).toBe(true);
    expect(await checkPassword(r.stdout.trim(), sari.passwordHash)).toBe(true);
  }, T);

  it("deactivate: says what ended; reactivate: lets it in again", async () => {
    await cli.inDatabase(async (db) => startSession(db, (await userRow("sari@example.id")).id, { address: null, userAgent: null }));
    const off = attest("user", "deactivate", "sari@example.id");
    expect(off).toMatchObject({ code: 0, stdout: "deactivated sari@example.id: 1 session ended, 2 API tokens revoked\n" });
    expect((await userRow("sari@example.id")).deactivatedAt).not.toBeNull();
    expect(lines(attest("user", "list").stdout)[3]).toMatch(/^sari@example\.id\treviewer\tSari\tdeactivated\tmust-change-password\t/);
    const on = attest("user", "reactivate", "sari@example.id");
    expect(on).toMatchObject({ code: 0, stdout: "reactivated sari@example.id; its earlier API tokens stay revoked\n" });
    expect((await userRow("sari@example.id")).deactivatedAt).toBeNull();
  }, 2 * T);

  it("deactivate: an unknown email is exit 1", () => {
    const r = attest("user", "deactivate", "ghost@example.id");
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(lines(r.stderr)).toEqual(["attest: An account for ghost@example.id was not found."]);
  }, T);
});

describe("attest token create, list, revoke", () => {
  let ciId: string;

  it("create: --scope and --expires, the token alone on stdout, scope and expiry on stderr", async () => {
    const r = attest("token", "create", "--email", "nina@example.id", "--name", "ci", "--scope", "read-write", "--expires", "7");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^att_\S+\n$/);
    const m = /^created read-write API token (\S+) for nina@example\.id, expires (\S+); it is not stored and cannot be shown again\n$/.exec(r.stderr);
    expect(m).not.toBeNull();
    ciId = m![1]!;
    const [row] = await cli.inDatabase((db) => db.select().from(apiTokens).where(eq(apiTokens.id, ciId)));
    expect(row).toMatchObject({ name: "ci", scope: "read-write" });
    expect(minute(row!.expiresAt!)).toBe(m![2]);
    expect(Math.abs(row!.expiresAt!.getTime() - Date.now() - 7 * 86_400_000)).toBeLessThan(600_000);
  }, T);

  it("create: names each bad option, exit 2", () => {
    const r = attest("token", "create", "--email", "nina@example.id", "--scope", "admin", "--expires", "999");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(lines(r.stderr)).toEqual(["attest: --scope: Scope must be read-only or read-write.; --expires: At most 366 days."]);
  }, T);

  it("list: one token a line, its id first, newest first, with its state", async () => {
    await cli.inDatabase(async (db) => {
      const old = await createToken(db, OPERATOR, { email: "nina@example.id", name: "old" });
      await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, old.id));
    });
    const r = attest("token", "list");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const rows = lines(r.stdout).map((l) => l.split("\t"));
    expect(rows.every((f) => f.length === 9 && UUID_RE.test(f[0]!) && f[1]!.startsWith("att_"))).toBe(true);
    expect(rows.map((f) => [f[2], f[3], f[4], f[6], f[8]])).toEqual([
      ["old", "nina@example.id", "read-only", "-", "expired"],
      ["ci", "nina@example.id", "read-write", "-", "live"],
      ["script", "sari@example.id", "read-write", "-", "revoked"],
      ["laptop", "sari@example.id", "read-only", "-", "revoked"],
    ]);
    expect(rows[1]![0]).toBe(ciId);
  }, T);

  it("list --email --json: that account's only", () => {
    const r = attest("token", "list", "--email", "nina@example.id", "--json");
    expect((JSON.parse(r.stdout) as { name: string }[]).map((t) => t.name)).toEqual(["old", "ci"]);
  }, T);

  it("revoke ID: revokes it, and says so when it already was", () => {
    expect(attest("token", "revoke", ciId)).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^revoked API token ${ciId} \\(att_\\S+…\\)\n$`)) });
    expect(attest("token", "revoke", ciId).stdout).toMatch(/was already revoked\n$/);
  }, 2 * T);

  it("revoke ID: an unknown id is exit 1", () => {
    const r = attest("token", "revoke", "00000000-0000-4000-8000-000000000000");
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(lines(r.stderr)).toEqual(["attest: That API token was not found."]);
  }, T);

  it.each([
    [["--email", "nina@example.id"], "attest: --email needs --all (or give one token's ID instead)"],
    [["--all"], "attest: --all needs --email EMAIL"],
    [[], "attest: give ID"],
  ])("revoke %j is a usage error", (args, message) => {
    const r = attest("token", "revoke", ...args);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([message, "usage: attest token revoke ID", "       attest token revoke --email EMAIL --all"]);
  }, T);

  it("revoke --email --all: every token of the account not yet revoked", async () => {
    const r = attest("token", "revoke", "--email", "Nina@example.id", "--all");
    expect(r).toMatchObject({ code: 0, stdout: "revoked 1 API token of nina@example.id\n" });
    const nina = await userRow("nina@example.id");
    const live = await cli.inDatabase((db) => db.select().from(apiTokens).where(eq(apiTokens.userId, nina.id)));
    expect(live.map((t) => t.revokedAt === null)).toEqual([false, false]);
  }, T);
});

describe("the audit trail", () => {
  it("has a row for every change the commands made, by the operator", async () => {
    const events = await cli.inDatabase((db) => db.select().from(auditEvents).orderBy(asc(auditEvents.id)));
    expect(events.every((e) => e.actorId === null)).toBe(true);
    // The first four are the setup's, the "old" token's is the list test's.
    expect(events.slice(4).map((e) => [e.action, e.after])).toEqual([
      ["user.create", { email: "nina@example.id", role: "reviewer", invited: false }],
      ["user.create", { email: "invited@example.id", role: "viewer", invited: true }],
      ["user.role", { role: "reviewer", sessionsEnded: 1 }],
      ["user.reset-password", { sessionsEnded: 0 }],
      ["user.deactivate", { active: false, sessionsEnded: 1, tokensRevoked: 2 }],
      ["user.reactivate", { active: true }],
      ["token.create", expect.objectContaining({ scope: "read-write" })],
      ["token.create", expect.objectContaining({ scope: "read-only" })],
      ["token.revoke", expect.objectContaining({ revoked: true })],
      ["token.revoke", expect.objectContaining({ revoked: true })],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/phrase|att_[A-Za-z0-9_-]{20}/);
  }, T);
});
