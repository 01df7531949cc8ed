import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citations, items, verdicts } from "../../../../db/schema.ts";
import { apiRequest, openApiTestContext, routeParams, type ApiTestContext } from "../../../../test/api.ts";
import { importArticles } from "../../../../test/articles.ts";
import { GET } from "./route.ts";

let t: ApiTestContext;
let itemId: string;
beforeAll(async () => {
  t = await openApiTestContext();
  const { nato } = await importArticles(t.database.db, t.as.editor);
  const db = t.database.db;
  const [item] = await db.select().from(items).where(and(eq(items.documentId, nato), eq(items.kind, "direct"))).limit(1);
  itemId = item!.id;
  await db.insert(citations).values({ itemId, url: "https://www.aljazeera.com/x", title: "NATO chief", stance: "supports", accessedAt: "2023-01-17", createdBy: t.as.reviewer.id });
  await db.insert(verdicts).values({ itemId, fromStatus: "pending", toStatus: "verified", version: 2, createdBy: t.as.reviewer.id });
  await db.update(items).set({ status: "verified", version: 2 }).where(eq(items.id, itemId));
});
afterAll(() => t.close());

const get = (id: string, token = t.tokens.viewer) => GET(apiRequest(`/api/items/${id}`, { token }), routeParams({ id }));

describe("GET /api/items/:id", () => {
  it("gives the item with its citations and verdict history", async () => {
    const response = await get(itemId);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.item).toMatchObject({ id: itemId, type: "quote", kind: "direct", status: "verified", version: 2, speaker: { name: "Jens Stoltenberg" } });
    expect(body.citations).toEqual([expect.objectContaining({ url: "https://www.aljazeera.com/x", stance: "supports" })]);
    expect(body.verdicts).toEqual([
      expect.objectContaining({ fromStatus: "pending", toStatus: "verified", version: 2, by: { id: t.as.reviewer.id, name: t.as.reviewer.name, email: t.as.reviewer.email } }),
    ]);
  });

  it("answers 401 without credentials", async () => {
    expect((await get(itemId, "")).status).toBe(401);
  });

  it.each([
    ["an unknown id", randomUUID()],
    ["an id that is not a UUID", "12345"],
  ])("answers 404 for %s", async (_, id) => {
    const response = await get(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "That item was not found." } });
  });
});
