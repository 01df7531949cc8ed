import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Item } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, routeParams, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { citationCount, itemsOf } from "@/test/item-rows.ts";
import { POST } from "./route.ts";

const source = { url: "https://www.aljazeera.com/news/2023/1/15/nato", title: "NATO chief expects more heavy weapons", stance: "supports" };

let t: ApiTestContext;
let item: Item;
beforeAll(async () => {
  t = await openApiTestContext();
  const { nato } = await importArticles(t.database.db, t.as.editor);
  item = (await itemsOf(t.database.db, nato, "quote"))[0]!;
});
afterAll(() => t.close());

const post = (json: unknown, token = t.tokens.reviewer, id = item.id) =>
  POST(apiRequest(`/api/items/${id}/citations`, { method: "POST", token, json }), routeParams({ id }));

describe("POST /api/items/:id/citations: who may", () => {
  it("answers 401 without credentials and 403 to a viewer, adding nothing", async () => {
    expect((await post(source, "")).status).toBe(401);
    const viewer = await post(source, t.tokens.viewer);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).error).toEqual({ code: "forbidden", message: "Your role may not add citations." });
    expect(await citationCount(t.database.db, item.id)).toBe(0);
  });

  it.each(["reviewer", "editor", "admin"] as const)("lets a %s add one, credited to them", async (role) => {
    const response = await post({ ...source, title: `Cited by the ${role}` }, t.tokens[role]);
    expect(response.status).toBe(201);
    expect((await response.json()).citation).toMatchObject({ itemId: item.id, title: `Cited by the ${role}`, createdBy: t.as[role].id });
  });
});

describe("POST /api/items/:id/citations: the citation", () => {
  it("answers 201 with the citation, its optional fields and today's date as accessedAt", async () => {
    const response = await post({ ...source, publisher: "Al Jazeera", excerpt: "Stoltenberg said…" });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      citation: {
        id: expect.any(String),
        itemId: item.id,
        url: source.url,
        title: source.title,
        publisher: "Al Jazeera",
        excerpt: "Stoltenberg said…",
        stance: "supports",
        accessedAt: new Date().toISOString().slice(0, 10),
        createdBy: t.as.reviewer.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "not a url"])(
    "answers 422 for the address %s and stores nothing",
    async (url) => {
      const before = await citationCount(t.database.db, item.id);
      const response = await post({ ...source, url });
      expect(response.status).toBe(422);
      expect((await response.json()).error.fields).toEqual({ url: ["Enter a web address starting with http:// or https://."] });
      expect(await citationCount(t.database.db, item.id)).toBe(before);
    },
  );

  it("answers 422 naming a missing title, an unknown stance and an impossible date", async () => {
    const response = await post({ url: source.url, title: " ", stance: "agrees", accessedAt: "2023-02-30" });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual(["accessedAt", "stance", "title"]);
  });

  it.each([
    ["an unknown id", randomUUID()],
    ["an id that is not a UUID", "12345"],
  ])("answers 404 for %s", async (_, id) => {
    const response = await post(source, t.tokens.reviewer, id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "That item was not found." } });
  });
});

describe("POST /api/items/:id/citations: the body", () => {
  it("answers 400 for malformed JSON", async () => {
    const request = apiRequest(`/api/items/${item.id}/citations`, { token: t.tokens.reviewer, body: '{"url": ', headers: { "content-type": "application/json" } });
    const response = await POST(request, routeParams({ id: item.id }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  });

  it("answers 413 to a body over 64 KB", async () => {
    const response = await post({ ...source, excerpt: "a".repeat(70_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toEqual({ code: "payload_too_large", message: "The request body is larger than 64 KB." });
  });
});

describe("POST /api/items/:id/citations: text and addresses the database would refuse", () => {
  it.each([
    ["title", { title: "NATO\0" }, "The title holds a NUL character (\\0); remove it."],
    ["publisher", { publisher: "Al\0 Jazeera" }, "The publisher holds a NUL character (\\0); remove it."],
    ["excerpt", { excerpt: "said\0" }, "The excerpt holds a NUL character (\\0); remove it."],
    ["title", { title: "\uDBFF NATO" }, "The title holds a broken character (half a UTF-16 surrogate pair); retype it."],
    ["accessedAt", { accessedAt: "0000-01-01" }, "Use a year from 1000 on."],
    ["title", { title: "\u200B\uFEFF" }, "Give the source a title."],
  ])("answers 422 on %s for %j, adding nothing", async (field, fields, message) => {
    const before = await citationCount(t.database.db, item.id);
    expect(await refusal(await post({ ...source, ...fields }))).toMatchObject({ status: 422, code: "validation", fields: { [field]: [message] } });
    expect(await citationCount(t.database.db, item.id)).toBe(before);
  });

  it.each([
    ["http:/\\evil.example", "http://evil.example/"],
    ["https:evil.example", "https://evil.example/"],
    ["HTTPS://WWW.Aljazeera.com/a b", "https://www.aljazeera.com/a%20b"],
  ])("stores the address %j as %j", async (url, stored) => {
    const response = await post({ ...source, url });
    expect(response.status).toBe(201);
    expect((await response.json()).citation.url).toBe(stored);
  });

  it("strips bidi overrides and controls, keeps the excerpt's lines, and stores a zero-width publisher as none", async () => {
    const response = await post({ ...source, title: "\u202ENATO\u0007 chief\n", publisher: "\u200B", excerpt: "First line\r\n\u2067second\u2069 line" });
    expect(response.status).toBe(201);
    expect((await response.json()).citation).toMatchObject({ title: "NATO chief", publisher: null, excerpt: "First line\nsecond line" });
  });
});
