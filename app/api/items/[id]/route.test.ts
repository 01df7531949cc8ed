import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citations, documents, items, people, verdicts, type Item } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, routeParams, type ApiTestContext } from "@/test/api.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { importArticles } from "@/test/articles.ts";
import { itemsOf, storedItem } from "@/test/item-rows.ts";
import { GET, PATCH } from "./route.ts";

let t: ApiTestContext;
let itemId: string;
let body: string;
let quotes: Item[];
beforeAll(async () => {
  t = await openApiTestContext();
  const { nato } = await importArticles(t.database.db, t.as.editor);
  const db = t.database.db;
  body = (await db.select({ body: documents.body }).from(documents).where(eq(documents.id, nato)))[0]!.body;
  const [item] = await db.select().from(items).where(and(eq(items.documentId, nato), eq(items.kind, "direct"))).limit(1);
  itemId = item!.id;
  await db.insert(citations).values({ itemId, url: "https://www.aljazeera.com/x", title: "NATO chief", stance: "supports", accessedAt: "2023-01-17", createdBy: t.as.reviewer.id });
  await db.insert(verdicts).values({ itemId, fromStatus: "pending", toStatus: "verified", version: 2, createdBy: t.as.reviewer.id });
  await db.update(items).set({ status: "verified", version: 2 }).where(eq(items.id, itemId));
  quotes = (await itemsOf(db, nato, "quote")).filter((q) => q.id !== itemId);
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

describe("PATCH /api/items/:id: who may", () => {
  it("answers 401 without credentials and 403 to a viewer and a reviewer, changing nothing", async () => {
    const item = quotes[0]!;
    expect((await patch(item.id, { version: 1, kind: "indirect" }, "")).status).toBe(401);
    for (const role of ["viewer", "reviewer"] as const) {
      const response = await patch(item.id, { version: 1, kind: "indirect" }, t.tokens[role]);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toEqual({ code: "forbidden", message: "Your role may not correct items." });
    }
    expect(await storedItem(t.database.db, item.id)).toMatchObject({ kind: item.kind, version: 1 });
  });

  it("lets an editor and an admin correct the kind and the speaker, the version moving on each time", async () => {
    const item = quotes[1]!;
    const kind = item.kind === "direct" ? "indirect" : "direct";
    const byEditor = await patch(item.id, { version: 1, kind });
    expect(byEditor.status).toBe(200);
    expect(await byEditor.json()).toEqual({ item: expect.objectContaining({ id: item.id, kind, version: 2 }) });
    const byAdmin = await patch(item.id, { version: 2, speaker: "Rishi Sunak" }, t.tokens.admin);
    expect(byAdmin.status).toBe(200);
    expect((await byAdmin.json()).item).toMatchObject({ speaker: { id: expect.any(String), name: "Rishi Sunak" }, version: 3 });
  });
});

describe("PATCH /api/items/:id: the span", () => {
  it("re-reads a corrected span from the article, trimmed of the spaces around it", async () => {
    const item = quotes[2]!;
    expect(body[item.start - 1]).toBe(" ");
    const response = await patch(item.id, { version: 1, start: item.start - 1, end: item.end });
    expect(response.status).toBe(200);
    const { item: updated } = await response.json();
    expect(body.slice(updated.start, updated.end)).toBe(updated.text);
    expect(updated).toMatchObject({ start: item.start, end: item.end, text: item.text, version: 2 });
  });

  it.each([
    ["past the end of the article", () => ({ start: 10, end: body.length + 1 }), "end"],
    ["ending before it starts", () => ({ start: 50, end: 40 }), "end"],
    ["empty", () => ({ start: 50, end: 50 }), "end"],
    ["starting before the article", () => ({ start: -1, end: 10 }), "start"],
    ["with a start and no end", () => ({ start: 10 }), "end"],
  ])("answers 422 to a span %s, changing nothing", async (_, span, field) => {
    const item = quotes[3]!;
    const response = await patch(item.id, { version: 1, ...span() });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation");
    expect(error.fields).toHaveProperty(field);
    expect(await storedItem(t.database.db, item.id)).toMatchObject({ start: item.start, end: item.end, version: 1 });
  });
});

describe("PATCH /api/items/:id: versions and removal", () => {
  it("answers 409 to a stale version with the item as it is now in error.current", async () => {
    const item = quotes[4]!;
    expect((await patch(item.id, { version: 1, speaker: "Kementerian Pertahanan Rusia" })).status).toBe(200);
    const stale = await patch(item.id, { version: 1, kind: "indirect" }, t.tokens.admin);
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining("now version 2"), current: { id: item.id, version: 2, kind: item.kind } });
    expect(error.current.speaker.name).toBe("Kementerian Pertahanan Rusia");
  });

  it("removes an item, which is then gone from GET", async () => {
    const item = quotes[5]!;
    const response = await patch(item.id, { version: 1, removed: true });
    expect(response.status).toBe(200);
    expect((await get(item.id)).status).toBe(404);
  });

  it("answers 422 to a correction that changes nothing, and 404 to an unknown item", async () => {
    expect((await patch(quotes[6]!.id, { version: 1 })).status).toBe(422);
    expect((await patch(randomUUID(), { version: 1, kind: "direct" })).status).toBe(404);
  });
});

describe("PATCH /api/items/:id: the body", () => {
  it("answers 400 for malformed JSON", async () => {
    const id = quotes[6]!.id;
    const request = apiRequest(`/api/items/${id}`, { method: "PATCH", token: t.tokens.editor, body: "{version: 1}", headers: { "content-type": "application/json" } });
    const response = await PATCH(request, routeParams({ id }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  });

  it("answers 413 to a body over 64 KB", async () => {
    const response = await patch(quotes[6]!.id, { version: 1, speaker: "a".repeat(70_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

describe("PATCH /api/items/:id: text the database would refuse", () => {
  it.each([
    ["a NUL", "Jens\0", "The speaker holds a NUL character (\\0); remove it."],
    ["a lone surrogate", "Jens \uDC00", "The speaker holds a broken character (half a UTF-16 surrogate pair); retype it."],
  ])("answers 422 on speaker for %s, changing nothing", async (_, speaker, message) => {
    const item = quotes[6]!;
    expect(await refusal(await patch(item.id, { version: 1, speaker }))).toMatchObject({ status: 422, code: "validation", fields: { speaker: [message] } });
    expect(await storedItem(t.database.db, item.id)).toMatchObject({ speakerId: item.speakerId, version: 1 });
  });

  it("takes a zero-width-only speaker as no speaker given", async () => {
    expect(await refusal(await patch(quotes[6]!.id, { version: 1, speaker: "\u200B" }))).toMatchObject({ status: 422, message: "Nothing to change." });
  });

  it("strips bidi overrides and controls from a new speaker's name", async () => {
    const response = await patch(quotes[0]!.id, { version: 1, speaker: "\u202EOlaf\u0007 Scholz\u202C" });
    expect(response.status).toBe(200);
    expect((await response.json()).item.speaker.name).toBe("Olaf Scholz");
    expect(await t.database.db.$count(people, eq(people.name, "Olaf Scholz"))).toBe(1);
  });

  it("answers 422 to a span that cuts an emoji in half, on the end that does", async () => {
    const text = 'Menurut Budi, "kami siap 😀 berangkat besok pagi ke Jakarta," kata Budi Santoso kepada wartawan.';
    const { document } = await importDocument(t.database.db, t.as.editor, { title: "Emoji", body: text });
    const [item] = await itemsOf(t.database.db, document.id, "quote");
    const half = text.indexOf("😀") + 1;
    for (const [span, field] of [[{ start: 0, end: half }, "end"], [{ start: half, end: text.length }, "start"]] as const) {
      expect(await refusal(await patch(item!.id, { version: 1, ...span }))).toMatchObject({
        status: 422,
        message: "The span cuts a character in half.",
        fields: { [field]: ["Start and end the span between characters."] },
      });
    }
    expect(await storedItem(t.database.db, item!.id)).toMatchObject({ start: item!.start, end: item!.end, version: 1 });
  });
});

function patch(id: string, json: unknown, token = t.tokens.editor) {
  return PATCH(apiRequest(`/api/items/${id}`, { method: "PATCH", token, json }), routeParams({ id }));
}
