import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, type ApiTestContext } from "@/test/api.ts";
import { GET } from "./route.ts";

interface PersonJson {
  id: string;
  name: string;
  aliases: string[];
  quotes: number;
}

let t: ApiTestContext;
beforeAll(async () => {
  t = await openApiTestContext();
  await t.database.db.insert(people).values([
    { name: "Zelda Marpaung" },
    { name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Presiden Ukraina"] },
    { name: "Zel" },
    { name: "Anzel 100% Nugroho" },
  ]);
});
afterAll(() => t.close());

const get = (query: string, token = t.tokens.viewer) => GET(apiRequest(`/api/people${query}`, { token }));
const names = async (query: string) => ((await (await get(query)).json()).people as PersonJson[]).map((p) => p.name);

describe("GET /api/people", () => {
  it("answers 401 without credentials", async () => {
    expect((await get("?q=zel", "")).status).toBe(401);
    expect((await get("", "")).status).toBe(401);
  });

  it("finds people by part of a name or of an alias, whatever the case: the exact name first, then names starting with it", async () => {
    expect(await names("?q=zel")).toEqual(["Zel", "Zelda Marpaung", "Anzel 100% Nugroho", "Volodymyr Zelenskyy"]);
    expect(await names("?q=PRESIDEN%20ukraina")).toEqual(["Volodymyr Zelenskyy"]);
    const [zelensky] = (await (await get("?q=zelensky")).json()).people as PersonJson[];
    expect(zelensky).toMatchObject({ name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Presiden Ukraina"], quotes: 0 });
  });

  it("takes % and _ as the characters they are, and answers no match with an empty list", async () => {
    expect(await names("?q=100%25")).toEqual(["Anzel 100% Nugroho"]);
    expect(await names("?q=_")).toEqual([]);
    expect(await names("?q=nobody-by-this-name")).toEqual([]);
  });

  it("keeps to the limit", async () => {
    expect(await names("?q=zel&limit=2")).toEqual(["Zel", "Zelda Marpaung"]);
  });

  it("refuses an empty search, a long one and a limit out of range with 422 and the field", async () => {
    for (const query of ["?q=", "?q=%20%20", `?q=${"a".repeat(201)}`, "?q=zel&limit=0", "?q=zel&limit=21", "?q=zel&limit=x"]) {
      const res = await get(query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).error.code).toBe("validation");
    }
  });

  it("without q lists everyone by name, a page at a time", async () => {
    const res = await get("?limit=2");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.people).toHaveLength(2);
    expect(typeof body.nextCursor).toBe("string");
  });
});

describe("GET /api/people: searches the database would refuse", () => {
  it("answers 422 on q for a NUL, and for a search of zero-width characters alone", async () => {
    expect(await refusal(await get("?q=zel%00"))).toMatchObject({ status: 422, fields: { q: ["The search holds a NUL character (\\0); remove it."] } });
    expect(await refusal(await get(`?q=${encodeURIComponent("\u200B\u2060")}`))).toMatchObject({ status: 422, fields: { q: ["Type part of a name."] } });
  });

  it("finds a name through a search with a bidi override in it", async () => {
    expect(await names(`?q=${encodeURIComponent("\u202Ezelda")}`)).toEqual(["Zelda Marpaung"]);
  });
});
