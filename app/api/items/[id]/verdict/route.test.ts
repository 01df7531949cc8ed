import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, citations, verdicts, type Item } from "@/db/schema.ts";
import { OPERATOR } from "@/server/actor.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { createUser } from "@/server/users/create-user.ts";
import { deactivateUser } from "@/server/users/set-active.ts";
import { apiRequest, openApiTestContext, refusal, routeParams, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { itemsOf, storedItem, verdictCount } from "@/test/item-rows.ts";
import { POST } from "./route.ts";

let t: ApiTestContext;
let quotes: Item[];
let claims: Item[];
beforeAll(async () => {
  t = await openApiTestContext();
  const { nato } = await importArticles(t.database.db, t.as.editor);
  quotes = await itemsOf(t.database.db, nato, "quote");
  claims = await itemsOf(t.database.db, nato, "claim");
});
afterAll(() => t.close());

const post = (id: string, json: unknown, token = t.tokens.reviewer) =>
  POST(apiRequest(`/api/items/${id}/verdict`, { method: "POST", token, json }), routeParams({ id }));

async function cite(itemId: string) {
  await t.database.db.insert(citations).values({ itemId, url: "https://www.aljazeera.com/x", title: "NATO chief", stance: "supports", accessedAt: "2023-01-17" });
}

describe("POST /api/items/:id/verdict: who may", () => {
  it("answers 401 without credentials and 403 to a viewer, writing no verdict", async () => {
    const item = quotes[0]!;
    await cite(item.id);
    const anonymous = await post(item.id, { status: "verified", version: 1 }, "");
    expect(anonymous.status).toBe(401);
    const viewer = await post(item.id, { status: "verified", version: 1 }, t.tokens.viewer);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).error).toEqual({ code: "forbidden", message: "Your role may not set verdicts." });
    expect(await verdictCount(t.database.db, item.id)).toBe(0);
  });

  it("answers 403 to a read-only token of an editor, 401 to an expired one and to a deactivated account's", async () => {
    const item = quotes[0]!;
    const readOnly = await createToken(t.database.db, OPERATOR, { email: t.as.editor.email, scope: "read-only" });
    const refused = await post(item.id, { status: "verified", version: 1 }, readOnly.token);
    expect(refused.status).toBe(403);
    const expired = await createToken(t.database.db, OPERATOR, { email: t.as.editor.email, scope: "read-write" });
    await t.database.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(apiTokens.id, expired.id));
    expect((await post(item.id, { status: "verified", version: 1 }, expired.token)).status).toBe(401);
    const gone = await createUser(t.database.db, OPERATOR, { email: "leaver@test.local", role: "reviewer", password: "leaver-password-123" });
    const theirs = await createToken(t.database.db, OPERATOR, { email: gone.email, scope: "read-write" });
    await deactivateUser(t.database.db, OPERATOR, gone.email);
    expect((await post(item.id, { status: "verified", version: 1 }, theirs.token)).status).toBe(401);
    expect(await verdictCount(t.database.db, item.id)).toBe(0);
  });

  it("lets a reviewer, an editor and an admin each set one, the version moving on every time", async () => {
    const item = quotes[1]!;
    await cite(item.id);
    const steps = [
      ["reviewer", "verified"],
      ["editor", "disputed"],
      ["admin", "unverifiable"],
    ] as const;
    for (const [i, [role, status]] of steps.entries()) {
      const response = await post(item.id, { status, note: `by the ${role}`, version: i + 1 }, t.tokens[role]);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ item: expect.objectContaining({ id: item.id, status, version: i + 2 }) });
    }
    expect(await verdictCount(t.database.db, item.id)).toBe(3);
  });
});

describe("POST /api/items/:id/verdict: rules", () => {
  it("answers 422 while the item has no citation, and writes nothing", async () => {
    const item = claims[0]!;
    const response = await post(item.id, { status: "verified", version: item.version });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { code: "validation", message: "Add at least one citation before marking this claim verified.", fields: { status: ["Needs at least one citation."] } },
    });
    expect(await verdictCount(t.database.db, item.id)).toBe(0);
    expect((await storedItem(t.database.db, item.id)).version).toBe(item.version);
  });

  it("answers 409 to a stale version with the item as it is now in error.current", async () => {
    const item = quotes[2]!;
    await cite(item.id);
    expect((await post(item.id, { status: "verified", version: 1 })).status).toBe(200);
    const stale = await post(item.id, { status: "disputed", note: "my note", version: 1 }, t.tokens.editor);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: {
        code: "conflict",
        message: expect.stringMatching(new RegExp(`now version 2\\)\\. ${t.as.reviewer.name} set it to verified`)),
        current: expect.objectContaining({ id: item.id, documentId: item.documentId, type: "quote", status: "verified", version: 2 }),
        lastChange: { status: "verified", note: null, by: t.as.reviewer.name, at: expect.any(String) },
      },
    });
    expect(await verdictCount(t.database.db, item.id)).toBe(1);
  });

  it("lets exactly one of two racing saves on the same version land; the other gets 409", async () => {
    const item = claims[1]!;
    await cite(item.id);
    // A few rounds: one lucky ordering must not make a broken lock pass.
    for (let round = 0; round < 3; round++) {
      const { version } = await storedItem(t.database.db, item.id);
      const before = await verdictCount(t.database.db, item.id);
      const responses = await Promise.all([
        post(item.id, { status: "verified", version }, t.tokens.reviewer),
        post(item.id, { status: "disputed", version }, t.tokens.editor),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const conflict = await responses.find((r) => r.status === 409)!.json();
      expect(conflict.error.current.version).toBe(version + 1);
      expect(await verdictCount(t.database.db, item.id)).toBe(before + 1);
      expect((await storedItem(t.database.db, item.id)).version).toBe(version + 1);
    }
  });

  it("answers 422 naming a status it does not know and a missing version", async () => {
    const response = await post(quotes[3]!.id, { status: "true" });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual(["status", "version"]);
  });

  it.each([
    ["an unknown id", randomUUID()],
    ["an id that is not a UUID", "12345"],
  ])("answers 404 for %s", async (_, id) => {
    const response = await post(id, { status: "pending", version: 1 });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "That item was not found." } });
  });
});

describe("POST /api/items/:id/verdict: the body", () => {
  it("answers 400 for malformed JSON", async () => {
    const id = quotes[3]!.id;
    const request = apiRequest(`/api/items/${id}/verdict`, { token: t.tokens.reviewer, body: '{"status": "verified", ', headers: { "content-type": "application/json" } });
    const response = await POST(request, routeParams({ id }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({ code: "bad_request", message: "The request body is not valid JSON." });
  });

  it("answers 413 to a body over 64 KB, writing nothing", async () => {
    const item = quotes[3]!;
    const response = await post(item.id, { status: "pending", version: item.version, note: "a".repeat(70_000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "payload_too_large", message: "The request body is larger than 64 KB." } });
    expect(await verdictCount(t.database.db, item.id)).toBe(0);
  });
});

describe("POST /api/items/:id/verdict: the note", () => {
  it.each([
    ["a NUL", "Checked\0", "The note holds a NUL character (\\0); remove it."],
    ["a lone surrogate", "Checked \uD800", "The note holds a broken character (half a UTF-16 surrogate pair); retype it."],
  ])("answers 422 on note for %s, writing no verdict", async (_, note, message) => {
    const item = claims[3]!;
    expect(await refusal(await post(item.id, { status: "pending", note, version: item.version }))).toMatchObject({
      status: 422,
      code: "validation",
      fields: { note: [message] },
    });
    expect(await verdictCount(t.database.db, item.id)).toBe(0);
  });

  it("strips bidi overrides and controls from a note and keeps its lines", async () => {
    const item = claims[4]!;
    const response = await post(item.id, { status: "pending", note: "\u202Echecked\u0008\r\nagainst the record", version: item.version });
    expect(response.status).toBe(200);
    const [verdict] = await t.database.db.select({ note: verdicts.note }).from(verdicts).where(eq(verdicts.itemId, item.id));
    expect(verdict!.note).toBe("checked\nagainst the record");
  });
});
