import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { items, people } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { addCitation } from "@/server/citations/add-citation.ts";
import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import { GET } from "./route.ts";

const HOSTILE = 'Kami <script>alert("x")</script> siap <img src=x onerror=alert(1)>';

let t: ApiTestContext;
let ids: Awaited<ReturnType<typeof importArticles>>;
let stoltenbergId: string;
beforeAll(async () => {
  t = await openApiTestContext();
  const db = t.database.db;
  ids = await importArticles(db, t.as.editor);
  const quotes = await db
    .select({ id: items.id, version: items.version, documentId: items.documentId, speaker: people.name, speakerId: items.speakerId })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(eq(items.type, "quote"));
  const stoltenberg = quotes.find((q) => q.documentId === ids.nato && q.speaker === "Jens Stoltenberg")!;
  const health = quotes.find((q) => q.documentId === ids.health && q.speaker)!;
  stoltenbergId = stoltenberg.speakerId!;
  for (const q of [stoltenberg, health]) {
    await addCitation(db, t.as.reviewer, q.id, { url: "https://example.org/source", title: "Source", stance: "supports" });
    await setVerdict(db, t.as.reviewer, q.id, { status: "verified", version: q.version });
  }
  // Article text as hostile as it gets, on a verified quote.
  await db.update(items).set({ text: HOSTILE }).where(and(eq(items.id, health.id)));
});
afterAll(() => t.close());

const get = (query: string, token = t.tokens.viewer) => GET(apiRequest(`/api/export/quotes${query}`, { token }));
const day = () => new Date().toISOString().slice(0, 10);

describe("GET /api/export/quotes", () => {
  it("answers 401 without credentials or with a bad token", async () => {
    expect((await get("", "")).status).toBe(401);
    expect((await get("?format=csv", "att_wrong")).status).toBe(401);
  });

  it("answers 422 for a format or filter it does not know", async () => {
    const response = await get("?format=xlsx");
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("format");
    expect((await get("?documentId=42")).status).toBe(422);
    expect((await get("?from=2023-02-01&to=2023-01-01")).status).toBe(422);
  });

  it("gives JSON by default: the verified quotes under `quotes`, with the stable field names", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const { quotes } = await response.json();
    expect(quotes).toHaveLength(2);
    expect(Object.keys(quotes[0]).sort()).toEqual(
      [
        "itemId", "itemUrl", "speaker", "speakerTitle", "quote", "kind", "cue", "documentId", "documentTitle",
        "sourceName", "sourceUrl", "publishedAt", "verdict", "reviewer", "reviewedAt", "citations", "appearances",
      ].sort(),
    );
    expect(quotes.every((q: { verdict: string }) => q.verdict === "verified")).toBe(true);
  });

  it("applies the filters: document, speaker by id or name, status and dates", async () => {
    const quotes = async (query: string) => (await (await get(query)).json()).quotes as { documentId: string; speaker: string; verdict: string }[];
    expect((await quotes(`?documentId=${ids.nato}`)).map((q) => q.documentId)).toEqual([ids.nato]);
    expect((await quotes(`?speaker=${stoltenbergId}`)).map((q) => q.speaker)).toEqual(["Jens Stoltenberg"]);
    expect((await quotes("?speaker=jens%20stoltenberg")).map((q) => q.speaker)).toEqual(["Jens Stoltenberg"]);
    expect((await quotes("?from=2023-01-16&to=2023-01-16")).map((q) => q.documentId)).toEqual([ids.nato]);
    const pending = await quotes(`?status=pending&documentId=${ids.nato}`);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((q) => q.verdict === "pending")).toBe(true);
  });

  it("takes status=all: every quote of the scope, whatever its verdict", async () => {
    const all = (await (await get(`?status=all&documentId=${ids.nato}`)).json()).quotes as { verdict: string }[];
    expect(new Set(all.map((q) => q.verdict))).toEqual(new Set(["verified", "pending"]));
    const pending = (await (await get(`?status=pending&documentId=${ids.nato}`)).json()).quotes;
    expect(all).toHaveLength(pending.length + 1);
    expect((await get("?status=everything")).status).toBe(422);
  });

  it("tells a browser that nothing matches instead of handing it an empty file; a script still gets the empty file", async () => {
    const query = `?format=csv&status=disputed&documentId=${ids.nato}`;
    const browser = await GET(apiRequest(`/api/export/quotes${query}`, { token: t.tokens.viewer, headers: { "sec-fetch-dest": "document" } }));
    expect(browser.status).toBe(200);
    expect(browser.headers.get("content-type")).toMatch(/^text\/html/);
    expect(browser.headers.get("content-disposition")).toBeNull();
    const page = await browser.text();
    expect(page).toContain("No disputed quotes match this export");
    expect(page).toContain(`href="/documents/${ids.nato}"`);
    const script = await get(query);
    expect(script.headers.get("content-disposition")).toMatch(/attachment/);
    expect((await script.text()).split("\n").filter(Boolean)).toHaveLength(1);
    // With quotes to give, a browser gets its file as before.
    const file = await GET(apiRequest(`/api/export/quotes?format=csv&documentId=${ids.nato}`, { token: t.tokens.viewer, headers: { "sec-fetch-dest": "document" } }));
    expect(file.headers.get("content-disposition")).toMatch(/attachment/);
  });

  it("gives CSV as a dated attachment, with the byte-order mark", async () => {
    const response = await get(`?format=csv&documentId=${ids.nato}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="quote-sheet-${day()}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"speaker","speaker_title","quote"');
    expect(text).toContain('"Jens Stoltenberg"');
    expect(text.trim().split("\r\n")).toHaveLength(2);
  });

  it("gives Markdown as a dated attachment", async () => {
    const response = await get("?format=md");
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="quote-sheet-${day()}.md"`);
    expect(await response.text()).toContain("## Jens Stoltenberg");
  });

  // next.config.ts leaves this route's policy to it (a header set there would replace the
  // printable page's), so every other answer of the route must carry the API's own.
  it.each(["?format=csv", "?format=md", "?format=json", "?format=xml"])("answers %s under the API's policy", async (q) => {
    expect((await get(q)).headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("gives the printable page inline under a CSP that runs nothing, with article text escaped", async () => {
    const response = await get("?format=html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
  });
});

describe("GET /api/export/quotes: the speaker and date filters' edges", () => {
  it.each(["%", "Jens%", "jens_stoltenberg", "%stoltenberg"])("takes %j as the name it is, not a pattern", async (speaker) => {
    const response = await get(`?speaker=${encodeURIComponent(speaker)}`);
    expect(response.status).toBe(200);
    expect((await response.json()).quotes).toEqual([]);
  });

  it.each([
    ["speaker", "?speaker=Jens%00", "The speaker holds a NUL character (\\0); remove it."],
    ["from", "?from=0000-01-01", "Use a year from 1000 on."],
    ["to", "?to=0999-12-31", "Use a year from 1000 on."],
  ])("answers 422 on %s for %s, in every format", async (field, query, message) => {
    for (const format of ["json", "csv"]) {
      expect(await refusal(await get(`${query}&format=${format}`))).toMatchObject({ status: 422, code: "validation", fields: { [field]: [message] } });
    }
  });
});
