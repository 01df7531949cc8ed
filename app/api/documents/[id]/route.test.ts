import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, openApiTestContext, routeParams, type ApiTestContext } from "@/test/api.ts";
import { ARTICLES, importArticles } from "@/test/articles.ts";
import { GET } from "./route.ts";

let t: ApiTestContext;
let ids: Awaited<ReturnType<typeof importArticles>>;
beforeAll(async () => {
  t = await openApiTestContext();
  ids = await importArticles(t.database.db, t.as.editor);
});
afterAll(() => t.close());

const get = (id: string, token = t.tokens.viewer) => GET(apiRequest(`/api/documents/${id}`, { token }), routeParams({ id }));

describe("GET /api/documents/:id", () => {
  it("gives a viewer the document with its body and its items in reading order", async () => {
    const response = await get(ids.nato);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { document, items } = await response.json();
    expect(document).toMatchObject({ id: ids.nato, title: ARTICLES.nato.title, body: expect.stringContaining("Stoltenberg") });
    expect(items.filter((i: { type: string }) => i.type === "quote")).toHaveLength(8);
    for (const item of items) expect(document.body.slice(item.start, item.end)).toBe(item.text);
    const starts = items.map((i: { start: number }) => i.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("answers 401 without credentials", async () => {
    expect((await get(ids.nato, "")).status).toBe(401);
  });

  it.each([
    ["an unknown id", randomUUID()],
    ["an id that is not a UUID", "not-a-uuid"],
    ["an id with SQL in it", "1' or '1'='1"],
  ])("answers 404 for %s", async (_, id) => {
    const response = await get(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "That document was not found." } });
  });
});
