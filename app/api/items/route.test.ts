import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { items } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { GET } from "./route.ts";

interface ItemJson {
  id: string;
  documentId: string;
  type: string;
  kind: string | null;
  status: string;
  text: string;
  start: number;
  speaker: { id: string; name: string } | null;
}

let t: ApiTestContext;
let ids: Awaited<ReturnType<typeof importArticles>>;
let all: ItemJson[];
beforeAll(async () => {
  t = await openApiTestContext();
  ids = await importArticles(t.database.db, t.as.editor);
  const rows = await t.database.db.select({ id: items.id }).from(items).where(eq(items.type, "claim")).limit(2);
  await t.database.db.update(items).set({ status: "verified" }).where(inArray(items.id, rows.map((r) => r.id)));
  all = (await (await list("?limit=200")).json()).items;
});
afterAll(() => t.close());

async function list(query: string, token = t.tokens.viewer) {
  return GET(apiRequest(`/api/items${query}`, { token }));
}
const fetchIds = async (query: string) => ((await (await list(query)).json()).items as ItemJson[]).map((i) => i.id);
const idsWhere = (keep: (i: ItemJson) => boolean) => all.filter(keep).map((i) => i.id);

describe("GET /api/items", () => {
  it("answers 401 without credentials and 401 for a bad token", async () => {
    expect((await list("", "")).status).toBe(401);
    expect((await list("", "att_wrong")).status).toBe(401);
  });

  it("lists every item of both articles for a viewer", async () => {
    expect(new Set(all.map((i) => i.documentId))).toEqual(new Set([ids.nato, ids.health]));
    expect(all.filter((i) => i.type === "quote")).toHaveLength(12);
  });

  it.each([
    ["type=claim", (i: ItemJson) => i.type === "claim"],
    ["kind=direct", (i: ItemJson) => i.kind === "direct"],
    ["status=verified", (i: ItemJson) => i.status === "verified"],
    ["speaker=stoltenberg", (i: ItemJson) => i.speaker?.name === "Jens Stoltenberg"],
    ["q=Soledar", (i: ItemJson) => i.text.includes("Soledar")],
    ["type=quote&kind=indirect&speaker=Jens", (i: ItemJson) => i.kind === "indirect" && i.speaker?.name === "Jens Stoltenberg"],
  ])("filters by %s", async (query, keep) => {
    const expected = idsWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(await fetchIds(`?${query}&limit=200`)).toEqual(expected);
  });

  it("filters by documentId", async () => {
    expect(await fetchIds(`?documentId=${ids.health}&limit=200`)).toEqual(idsWhere((i) => i.documentId === ids.health));
  });

  it("pages with nextCursor, each item once, in the same order as one long page", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: ItemJson[]; nextCursor: string | null } = await (await list(`?limit=7${cursor ? `&cursor=${cursor}` : ""}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(seen).toEqual(all.map((i) => i.id));
  });

  it("answers 422 naming a filter with a value it does not know", async () => {
    const response = await list("?type=opinion&documentId=42");
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual(["documentId", "type"]);
  });
});

describe("GET /api/items: filters the database would refuse", () => {
  it.each([
    ["q", "?q=Soledar%00", "The search holds a NUL character (\\0); remove it."],
    ["speaker", "?speaker=Jens%00", "The speaker holds a NUL character (\\0); remove it."],
  ])("answers 422 on %s for a NUL", async (field, query, message) => {
    expect(await refusal(await list(query))).toMatchObject({ status: 422, code: "validation", fields: { [field]: [message] } });
  });

  it("takes a zero-width-only q as no filter, and strips a bidi override from one", async () => {
    expect(await fetchIds(`?q=${encodeURIComponent("\u200B")}&limit=200`)).toEqual(all.map((i) => i.id));
    expect(await fetchIds(`?q=${encodeURIComponent("Sole\u202Edar")}&limit=200`)).toEqual(idsWhere((i) => i.text.includes("Soledar")));
  });
});
