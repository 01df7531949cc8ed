import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, openApiTestContext, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { GET } from "./route.ts";

let t: ApiTestContext;
let ids: Awaited<ReturnType<typeof importArticles>>;
beforeAll(async () => {
  t = await openApiTestContext();
  ids = await importArticles(t.database.db, t.as.editor);
});
afterAll(() => t.close());

const get = (query: string, token = t.tokens.viewer) => GET(apiRequest(`/api/search${query}`, { token }));

describe("GET /api/search", () => {
  it("answers 401 without credentials", async () => {
    expect((await get("?q=senjata", "")).status).toBe(401);
  });

  it("answers { results, nextCursor } with the documented fields, best first", async () => {
    const response = await get("?q=senjata%20berat&limit=3");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["nextCursor", "rankedWithin", "results"]);
    expect(body.results).toHaveLength(3);
    expect(body.results[0]).toMatchObject({ type: "document", id: ids.nato, documentId: ids.nato, title: "NATO dan Ukraina", snippet: expect.any(String) });
    const item = body.results.find((r: { type: string }) => r.type !== "document");
    expect(item).toMatchObject({ id: expect.any(String), documentId: ids.nato, text: expect.any(String), status: "pending" });
    const next = await (await get(`?q=senjata%20berat&limit=3&cursor=${body.nextCursor}`)).json();
    expect(next.results.map((r: { id: string }) => r.id)).not.toContain(body.results[0].id);
  });

  it("answers 422 naming the field for a missing q or a bad filter, and 400 for a tampered cursor", async () => {
    const missing = await get("");
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.fields).toHaveProperty("q");
    expect((await get("?q=x&type=tweet")).status).toBe(422);
    expect((await get("?q=x&speaker=someone")).status).toBe(422);
    expect((await get("?q=x&cursor=garbage")).status).toBe(400);
  });
});
