import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, users } from "@/db/schema.ts";
import { authenticateToken } from "./authenticate-token.ts";
import { createToken } from "./create-token.ts";
import { useDatabase } from "@/test/use-database.ts";

const t = useDatabase();

const make = (email: string, scope = "read-write") => createToken(t.database.db, t.as.admin, { email, scope });

describe("authenticateToken", () => {
  it("gives the token's account and notes when it was last used", async () => {
    const { id, token } = await make("reviewer@test.local");
    expect(await authenticateToken(t.database.db, token)).toEqual(t.as.reviewer);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
  });

  it("moves 'last used' on at most once a minute", async () => {
    const { id, token } = await make("reviewer@test.local");
    const lastUsed = async () => (await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!.lastUsedAt!.getTime();
    await authenticateToken(t.database.db, token);
    const first = await lastUsed();
    await authenticateToken(t.database.db, token);
    expect(await lastUsed()).toBe(first);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await t.database.db.update(apiTokens).set({ lastUsedAt: twoMinutesAgo }).where(eq(apiTokens.id, id));
    await authenticateToken(t.database.db, token);
    expect(await lastUsed()).toBeGreaterThan(twoMinutesAgo.getTime());
  });

  it("follows the account's current role", async () => {
    const { token } = await make("viewer@test.local");
    await t.database.db.update(users).set({ role: "editor" }).where(eq(users.id, t.as.viewer.id!));
    expect(await authenticateToken(t.database.db, token)).toMatchObject({ id: t.as.viewer.id, role: "editor" });
    await t.database.db.update(users).set({ role: "viewer" }).where(eq(users.id, t.as.viewer.id!));
  });

  it("returns null for a revoked token", async () => {
    const { id, token } = await make("editor@test.local");
    await t.database.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
    expect(await authenticateToken(t.database.db, token)).toBeNull();
  });

  it("returns null for an unknown token, a changed one, and things that are not tokens", async () => {
    const { token } = await make("editor@test.local");
    const changed = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const candidate of ["att_unknown", changed, token.slice(4), "", `att_${"x".repeat(200)}`]) {
      expect(await authenticateToken(t.database.db, candidate), candidate).toBeNull();
    }
  });

  it("acts as a viewer with a read-only token, whatever the owner's role", async () => {
    const { token } = await make("editor@test.local", "read-only");
    expect(await authenticateToken(t.database.db, token)).toEqual({ ...t.as.editor, role: "viewer" });
  });

  it("returns null once the token has expired", async () => {
    const { id, token } = await make("editor@test.local");
    await t.database.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, id));
    expect(await authenticateToken(t.database.db, token)).toBeNull();
  });

  it("returns null while the account is deactivated", async () => {
    const { token } = await make("reviewer@test.local");
    await t.database.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, t.as.reviewer.id!));
    expect(await authenticateToken(t.database.db, token)).toBeNull();
    await t.database.db.update(users).set({ deactivatedAt: null }).where(eq(users.id, t.as.reviewer.id!));
  });

  it("returns null once the account is deleted", async () => {
    const { token } = await make("admin@test.local");
    await t.database.db.delete(users).where(eq(users.id, t.as.admin.id!));
    expect(await authenticateToken(t.database.db, token)).toBeNull();
  });
});
