import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditEvents } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { OPERATOR } from "../actor.ts";
import { authenticateToken } from "./authenticate-token.ts";
import { createToken } from "./create-token.ts";
import { listTokens } from "./list-tokens.ts";
import { revokeAllTokens, revokeToken } from "./revoke-token.ts";
import { deactivateUser } from "../users/set-active.ts";

const t = useDatabase();
const make = (email: string, name = "script") => createToken(t.database.db, OPERATOR, { email, name, scope: "read-write" });

describe("listTokens", () => {
  it("shows a user their own tokens, newest first, never the token itself", async () => {
    const a = await make("reviewer@test.local", "first");
    const b = await make("reviewer@test.local", "second");
    await make("editor@test.local");
    const mine = await listTokens(t.database.db, t.as.reviewer);
    expect(mine.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(mine[0]).toMatchObject({ name: "second", prefix: b.token.slice(0, 10), scope: "read-write", ownerEmail: "reviewer@test.local", revokedAt: null });
    expect(JSON.stringify(mine)).not.toContain(b.token.slice(10));
  });

  it("shows everyone's, or one account's, to admins only", async () => {
    expect((await listTokens(t.database.db, t.as.admin, { everyone: true })).map((x) => x.ownerEmail).sort()).toEqual(["editor@test.local", "reviewer@test.local", "reviewer@test.local"]);
    expect(await listTokens(t.database.db, t.as.admin, { email: "Editor@test.local" })).toHaveLength(1);
    await expect(listTokens(t.database.db, t.as.editor, { everyone: true })).rejects.toMatchObject({ status: 403 });
    await expect(listTokens(t.database.db, t.as.editor, { email: "reviewer@test.local" })).rejects.toMatchObject({ status: 403 });
    await expect(listTokens(t.database.db, t.as.admin, { email: "ghost@test.local" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("revokeToken", () => {
  it("lets the owner revoke their own token, which stops working at once, and audits it", async () => {
    const { id, token } = await make("viewer@test.local");
    expect(await revokeToken(t.database.db, t.as.viewer, id)).toMatchObject({ id, revoked: true });
    expect(await authenticateToken(t.database.db, token)).toBeNull();
    expect(await revokeToken(t.database.db, t.as.viewer, id)).toMatchObject({ revoked: false });
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(events.map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
  });

  it("refuses someone else's token to a non-admin and allows it to an admin; 404 for an unknown id", async () => {
    const { id } = await make("editor@test.local");
    await expect(revokeToken(t.database.db, t.as.reviewer, id)).rejects.toMatchObject({ status: 403 });
    expect(await revokeToken(t.database.db, t.as.admin, id)).toMatchObject({ revoked: true });
    await expect(revokeToken(t.database.db, t.as.admin, crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
    await expect(revokeToken(t.database.db, t.as.admin, "not-an-id")).rejects.toMatchObject({ status: 404 });
  });

  it("revokes all of one account's live tokens", async () => {
    await make("admin@test.local");
    await make("admin@test.local");
    expect(await revokeAllTokens(t.database.db, OPERATOR, "ADMIN@test.local")).toEqual({ revoked: 2 });
    const rows = await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, t.as.admin.id!));
    expect(rows.every((r) => r.revokedAt)).toBe(true);
    await expect(revokeAllTokens(t.database.db, t.as.editor, "admin@test.local")).rejects.toMatchObject({ status: 403 });
    await expect(revokeAllTokens(t.database.db, OPERATOR, "ghost@test.local")).rejects.toMatchObject({ status: 404 });
  });
});

describe("createToken", () => {
  it("takes the owner's email in any case, and refuses a deactivated account as a conflict, not as a role", async () => {
    expect(await createToken(t.database.db, OPERATOR, { email: "Viewer@Test.Local", name: "cased" })).toMatchObject({ scope: "read-only" });
    await deactivateUser(t.database.db, OPERATOR, "viewer@test.local");
    await expect(createToken(t.database.db, OPERATOR, { email: "viewer@test.local", name: "late" })).rejects.toMatchObject({
      status: 409,
      message: "viewer@test.local is deactivated: reactivate the account before giving it a token.",
    });
  });
});
