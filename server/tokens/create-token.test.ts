import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditEvents } from "@/db/schema.ts";
import { OPERATOR } from "../actor.ts";
import { createToken, hashToken } from "./create-token.ts";
import { useDatabase } from "@/test/use-database.ts";

const t = useDatabase();

describe("createToken", () => {
  it("returns a long random token once and stores only its SHA-256 and a short prefix", async () => {
    const { id, token } = await createToken(t.database.db, t.as.admin, { email: "editor@test.local", name: "newsroom script" });
    expect(token).toMatch(/^att_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row).toMatchObject({ userId: t.as.editor.id, name: "newsroom script", tokenHash: hashToken(token), prefix: token.slice(0, 10), revokedAt: null });
    const everything = JSON.stringify([await t.database.db.select().from(apiTokens), await t.database.db.select().from(auditEvents)]);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(4));
  });

  it("makes a different token every time", async () => {
    const a = await createToken(t.database.db, OPERATOR, { email: "viewer@test.local" });
    const b = await createToken(t.database.db, OPERATOR, { email: "viewer@test.local" });
    expect(a.token).not.toBe(b.token);
  });

  it("finds the account case-insensitively and answers 404 for an unknown email", async () => {
    const { id } = await createToken(t.database.db, OPERATOR, { email: " Reviewer@Test.LOCAL" });
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.userId).toBe(t.as.reviewer.id);
    await expect(createToken(t.database.db, OPERATOR, { email: "ghost@test.local" })).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("lets anyone signed in make their own, read-only and for 90 days unless asked otherwise", async () => {
    const before = Date.now();
    const own = await createToken(t.database.db, t.as.viewer, {});
    expect(own.scope).toBe("read-only");
    expect(new Date(own.expiresAt).getTime() - before).toBeGreaterThanOrEqual(90 * 86_400_000 - 1000);
    expect(new Date(own.expiresAt).getTime() - before).toBeLessThan(90 * 86_400_000 + 60_000);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, own.id));
    expect(row).toMatchObject({ userId: t.as.viewer.id, scope: "read-only", name: "api" });
    const rw = await createToken(t.database.db, t.as.editor, { email: "editor@test.local", scope: "read-write", expiresInDays: "7" });
    expect(rw.scope).toBe("read-write");
  });

  it("makes tokens for somebody else for admins only: 403 for viewers, reviewers and editors, 401 signed out", async () => {
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      await expect(createToken(t.database.db, t.as[role], { email: "admin@test.local" })).rejects.toMatchObject({ status: 403, code: "forbidden" });
    }
    await expect(createToken(t.database.db, null, { email: "viewer@test.local" })).rejects.toMatchObject({ status: 401 });
  });

  it("names a bad scope or expiry with a 422", async () => {
    const error = await createToken(t.database.db, OPERATOR, { email: "viewer@test.local", scope: "all", expiresInDays: 400 }).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(Object.keys(error.fields).sort()).toEqual(["expiresInDays", "scope"]);
  });
});
