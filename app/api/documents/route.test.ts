import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, documents, items } from "@/db/schema.ts";
import { MAX_BODY_BYTES } from "@/lib/validations/document.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { apiRequest, openApiTestContext, refusal, type ApiTestContext } from "@/test/api.ts";
import { startFixtureSite, type FixtureSite } from "@/test/fixture-site.ts";
import { GET, POST } from "./route.ts";

const seed = readFileSync("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt", "utf8");
const article = { title: "NATO dan Ukraina", body: seed, sourceName: "Bisnis.com", publishedAt: "2023-01-16" };
const TOO_LARGE = { error: { code: "payload_too_large", message: "The article is larger than 1 MB." } };

let t: ApiTestContext;
beforeAll(async () => {
  t = await openApiTestContext();
});
afterAll(() => t.close());

const post = (init: Parameters<typeof apiRequest>[1]) => POST(apiRequest("/api/documents", { method: "POST", ...init }));

/** A body streamed in 64 KiB chunks, counting how much of it the handler pulled. */
function streamOf(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= bytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

describe("POST /api/documents: who may import", () => {
  it("answers 401 without credentials", async () => {
    const response = await post({ json: article });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in first." } });
  });

  it("answers 401 for an unknown token, even with a session cookie beside it", async () => {
    const response = await post({ json: article, token: "att_not-a-real-token", headers: { cookie: "authjs.session-token=x" } });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/API token is not valid/);
  });

  it("answers 401 for a revoked token and for a header that is not Bearer", async () => {
    const { id, token } = await createToken(t.database.db, t.as.admin, { email: t.as.editor.email, name: "to revoke" });
    await t.database.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
    expect((await post({ json: article, token })).status).toBe(401);
    expect((await post({ json: article, headers: { authorization: `Basic ${t.tokens.editor}` } })).status).toBe(401);
  });

  it("answers 403 to a viewer and a reviewer", async () => {
    for (const role of ["viewer", "reviewer"] as const) {
      const response = await post({ json: article, token: t.tokens[role] });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toEqual({ code: "forbidden", message: "Your role may not import documents." });
    }
  });
});

describe("POST /api/documents: importing", () => {
  it("imports with 201 and the counts, then answers the same body with 200 and duplicate: true", async () => {
    const first = await post({ json: article, token: t.tokens.editor });
    expect(first.status).toBe(201);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const created = await first.json();
    expect(created).toEqual({
      document: expect.objectContaining({ id: expect.any(String), title: "NATO dan Ukraina", language: "id", publishedAt: "2023-01-16" }),
      counts: { quotes: 8, claims: expect.any(Number) },
    });

    const again = await post({ json: { ...article, title: "Copy" }, token: t.tokens.admin });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ document: created.document, duplicate: true });
  });

  it("answers 422 naming every bad field", async () => {
    const response = await post({ token: t.tokens.editor, json: { title: "", body: "text", sourceUrl: "javascript:alert(1)", publishedAt: "2023-02-30" } });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields).sort()).toEqual(["publishedAt", "sourceUrl", "title"]);
    expect(error.fields.publishedAt).toEqual(["That date does not exist."]);
  });

  it("answers 422 for JSON that is not an object", async () => {
    const response = await post({ token: t.tokens.editor, json: ["a list"] });
    expect(response.status).toBe(422);
  });

  it("answers 400 for a malformed JSON body", async () => {
    const response = await post({ token: t.tokens.editor, body: '{"title": "x", "body": ', headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "bad_request", message: "The request body is not valid JSON." } });
  });

  it("answers 400 for a body that is not JSON by its Content-Type", async () => {
    const response = await post({ token: t.tokens.editor, body: JSON.stringify(article), headers: { "content-type": "text/plain" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/Content-Type: application\/json/);
  });

  it("answers 400 for bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"title":"caf'), 0xe9, ...new TextEncoder().encode('","body":"x"}')]);
    const response = await post({ token: t.tokens.editor, body: bytes, headers: { "content-type": "application/json; charset=utf-8" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/UTF-8/);
  });
});

describe("POST /api/documents: size limit", () => {
  it("accepts a full 1 MB article, quotes and line breaks escaped", async () => {
    const copies = Array.from({ length: Math.ceil(MAX_BODY_BYTES / seed.length) }, (_, i) => `Bagian ${i}.\n${seed}`).join("\n");
    const body = copies.slice(0, MAX_BODY_BYTES);
    const response = await post({ token: t.tokens.editor, json: { title: "Panjang", body } });
    expect(response.status).toBe(201);
  }, 60_000);

  it("answers 413 to a declared Content-Length over the limit without reading the body", async () => {
    const { stream, counter } = streamOf(2_000_000);
    const response = await post({ token: t.tokens.editor, body: stream, headers: { "content-type": "application/json", "content-length": "2000000" } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024); // at most what the stream pre-buffers
  });

  it("answers 413 to a chunked body with no Content-Length, and stops reading at the limit", async () => {
    const { stream, counter } = streamOf(5_000_000);
    const response = await post({ token: t.tokens.editor, body: stream, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
    expect(counter.pulled).toBeLessThan(1_400_000);
  });

  it("answers 413 to a body larger than its Content-Length claims", async () => {
    const body = JSON.stringify({ title: "big", body: "a".repeat(1_200_000) });
    const response = await post({ token: t.tokens.editor, body, headers: { "content-type": "application/json", "content-length": "100" } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
  });

  it("answers 422 for an article over 1 MB that still fits in the request", async () => {
    const response = await post({ token: t.tokens.editor, json: { title: "big", body: "a".repeat(MAX_BODY_BYTES + 1) } });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual({ body: ["The article is larger than 1 MB."] });
  });
});

describe("GET /api/documents", () => {
  const list = (query: string, token = t.tokens.viewer) => GET(apiRequest(`/api/documents${query}`, { token }));

  it("answers 401 without credentials", async () => {
    expect((await list("", "")).status).toBe(401);
  });

  it("pages through every document, newest first, with nextCursor", async () => {
    const all = await t.database.db.select({ id: documents.id }).from(documents);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await (await list(`?limit=${all.length - 1}`)).json();
    expect(first.documents).toHaveLength(all.length - 1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (await list(`?limit=${all.length - 1}&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second).toEqual({ documents: [expect.any(Object)], nextCursor: null });
    const ids = [...first.documents, ...second.documents].map((d: { id: string }) => d.id);
    expect(ids.sort()).toEqual(all.map((d) => d.id).sort());
    const nato = [...first.documents, ...second.documents].find((d: { title: string }) => d.title === "NATO dan Ukraina");
    expect(nato.counts).toMatchObject({ quotes: 8, pending: expect.any(Number), verified: 0 });
    expect(nato).not.toHaveProperty("body");
  });

  it("answers 400 for a cursor it did not make and 422 for a limit out of range", async () => {
    const bad = await list("?cursor=bm9wZQ");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("bad_request");
    const zero = await list("?limit=0");
    expect(zero.status).toBe(422);
    expect((await zero.json()).error.fields).toHaveProperty("limit");
  });
});

describe("POST /api/documents: text the database would refuse", () => {
  const send = (fields: Record<string, unknown>) => post({ token: t.tokens.editor, json: { title: "Edge", body: "Satu kalimat saja.", ...fields } });

  it.each([
    ["title", { title: "NATO\0" }, "The title holds a NUL character (\\0); remove it."],
    ["body", { body: "Kata\0 dia." }, "The article text holds a NUL character (\\0); remove it."],
    ["sourceName", { sourceName: "Bisnis\0" }, "The source name holds a NUL character (\\0); remove it."],
    ["title", { title: "NATO \uD83D" }, "The title holds a broken character (half a UTF-16 surrogate pair); retype it."],
    ["body", { body: "Kata \uDE00 dia." }, "The article text holds a broken character (half a UTF-16 surrogate pair); retype it."],
    ["publishedAt", { publishedAt: "0000-01-01" }, "Use a year from 1000 on."],
    ["title", { title: "\u200B\u2060" }, "Give the article a title."],
    ["body", { body: "\uFEFF\u200B\n" }, "Paste the article text or upload a file."],
  ])("answers 422 on %s for %j, storing nothing", async (field, fields, message) => {
    const before = await t.database.db.$count(documents);
    expect(await refusal(await send(fields))).toMatchObject({ status: 422, code: "validation", fields: { [field]: [message] } });
    expect(await t.database.db.$count(documents)).toBe(before);
  });

  it.each([
    ["http:/\\evil.example", "http://evil.example/"],
    ["https:evil.example/path", "https://evil.example/path"],
  ])("stores the source address %j as %j", async (sourceUrl, stored) => {
    const response = await send({ body: `Kalimat untuk ${stored}.`, sourceUrl });
    expect(response.status).toBe(201);
    expect((await response.json()).document.sourceUrl).toBe(stored);
  });

  it("strips bidi overrides and controls from the title and source name, but keeps the body as sent", async () => {
    const body = 'Menurut Budi, \u202E"kami siap berangkat besok pagi ke Jakarta,"\u0007 kata Budi Santoso kepada wartawan.';
    const response = await send({ title: "\u202Egnp.exe\u2066 report", sourceName: "Bisnis\u0085.com\u202C", body });
    expect(response.status).toBe(201);
    const { document } = await response.json();
    expect(document).toMatchObject({ title: "gnp.exe report", sourceName: "Bisnis .com" });
    const [stored] = await t.database.db.select({ body: documents.body }).from(documents).where(eq(documents.id, document.id));
    expect(stored!.body).toBe(body);
    // The extractor's offsets index the body as stored.
    const found = await t.database.db.select().from(items).where(eq(items.documentId, document.id));
    expect(found.length).toBeGreaterThan(0);
    for (const item of found) expect(body.slice(item.start, item.end)).toBe(item.text);
  });
});

describe("POST /api/documents with { url }", () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
    process.env.ATTEST_URL_ALLOW = `127.0.0.1:${site.port}`;
  });
  afterAll(async () => {
    delete process.env.ATTEST_URL_ALLOW;
    await site.close();
  });

  it("answers 201 { document, counts } with the page's title, publisher, canonical address and date; 200 for the same story again", async () => {
    const response = await post({ json: { url: `${site.origin}/kompas-like.html` }, token: t.tokens.editor });
    expect(response.status).toBe(201);
    const { document, counts } = await response.json();
    expect(document).toMatchObject({
      title: "Menteri Perdagangan Janji Harga Beras Turun Sebelum Lebaran",
      sourceName: "Warta Nusantara",
      sourceUrl: `${site.origin}/ekonomi/2024/03/12/harga-beras`,
      publishedAt: "2024-03-12",
      language: "id",
    });
    expect(counts.quotes).toBeGreaterThanOrEqual(2);
    const again = await post({ json: { url: `${site.origin}/s/beras` }, token: t.tokens.editor });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ document: { id: document.id }, duplicate: true });
  });

  it("answers 422 url_refused or url_unreachable, saying why", async () => {
    expect(await refusal(await post({ json: { url: `${site.origin}/to-loopback?port=5432` }, token: t.tokens.editor }))).toMatchObject({
      status: 422,
      code: "url_refused",
      message: expect.stringContaining("private network"),
      fields: { url: [expect.stringContaining("private network")] },
    });
    expect(await refusal(await post({ json: { url: `${site.origin}/photo.jpg` }, token: t.tokens.editor }))).toMatchObject({ status: 422, code: "url_refused" });
    expect(await refusal(await post({ json: { url: `${site.origin}/gone` }, token: t.tokens.editor }))).toMatchObject({ status: 422, code: "url_unreachable", message: expect.stringContaining("404") });
    expect(await refusal(await post({ json: { url: "file:///etc/passwd" }, token: t.tokens.editor }))).toMatchObject({ status: 422, code: "validation", fields: { url: [expect.any(String)] } });
  });

  it("refuses a url and a body together, and a reviewer's token before fetching", async () => {
    expect(await refusal(await post({ json: { ...article, url: `${site.origin}/kompas-like.html` }, token: t.tokens.editor }))).toMatchObject({ status: 422, code: "validation", fields: { url: [expect.stringContaining("not both")] } });
    const hits = site.hits.get("/wire-english.html") ?? 0;
    expect((await post({ json: { url: `${site.origin}/wire-english.html` }, token: t.tokens.reviewer })).status).toBe(403);
    expect(site.hits.get("/wire-english.html") ?? 0).toBe(hits);
  });
});
