import { and, asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { items, people, type Item } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { encodeCursor } from "../cursor.ts";
import { listItems } from "./list-items.ts";

const SOME_UUID = "00000000-0000-4000-8000-000000000000";
let database: Database;
let as: Awaited<ReturnType<typeof actors>>;
let docs: Awaited<ReturnType<typeof importArticles>>;
/** Every live item, read straight from the table in the order the list promises: the oracle. */
let rows: (Item & { speakerName: string | null })[];

beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db);
  docs = await importArticles(database.db, as.editor);
  const db = database.db;
  const [claim] = await db.select().from(items).where(eq(items.type, "claim")).orderBy(asc(items.start)).limit(1);
  await db.update(items).set({ status: "disputed" }).where(eq(items.id, claim!.id));
  const [removed] = await db.select().from(items).where(and(eq(items.documentId, docs.nato), eq(items.kind, "direct"))).limit(1);
  await db.update(items).set({ removedAt: new Date() }).where(eq(items.id, removed!.id));
  await db.update(people).set({ aliases: ["Sekjen NATO"] }).where(eq(people.name, "Jens Stoltenberg"));
  rows = (
    await db
      .select({ item: items, speakerName: people.name })
      .from(items)
      .leftJoin(people, eq(people.id, items.speakerId))
      .where(isNull(items.removedAt))
      .orderBy(asc(items.documentId), asc(items.start), asc(items.id))
  ).map((r) => ({ ...r.item, speakerName: r.speakerName }));
});
afterAll(() => database.close());

const ids = async (query: Record<string, unknown>) => (await listItems(database.db, as.viewer, { limit: 200, ...query })).items.map((i) => i.id);
const idsWhere = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep).map((r) => r.id);

describe("listItems filters", () => {
  it("lists every item not removed, by document then reading order", async () => {
    expect(await ids({})).toEqual(rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each([
    ["type", { type: "quote" }, (r: (typeof rows)[number]) => r.type === "quote"],
    ["kind", { kind: "indirect" }, (r: (typeof rows)[number]) => r.kind === "indirect"],
    ["status", { status: "disputed" }, (r: (typeof rows)[number]) => r.status === "disputed"],
    ["text, case-insensitively", { q: "soledar" }, (r: (typeof rows)[number]) => /soledar/i.test(r.text)],
    ["part of the speaker's name", { speaker: "zelensk" }, (r: (typeof rows)[number]) => r.speakerName === "Volodymyr Zelenskyy"],
    ["a speaker's alias", { speaker: "sekjen" }, (r: (typeof rows)[number]) => r.speakerName === "Jens Stoltenberg"],
    ["several filters at once", { type: "quote", kind: "direct", q: "the" }, (r: (typeof rows)[number]) => r.kind === "direct" && /the/i.test(r.text)],
  ])("filters by %s", async (_, query, keep) => {
    const expected = idsWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    expect(await ids(query)).toEqual(expected);
  });

  it("filters by document and by speaker id", async () => {
    expect(await ids({ documentId: docs.health })).toEqual(idsWhere((r) => r.documentId === docs.health));
    const reid = rows.find((r) => r.speakerName === "John Reid")!;
    expect(await ids({ speaker: reid.speakerId })).toEqual(idsWhere((r) => r.speakerId === reid.speakerId));
  });

  it("filters by a name part that several speakers share, each of their items once", async () => {
    const all = await database.db.select().from(people);
    const named = new Set(all.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().includes("o"))).map((p) => p.id));
    expect(named.size).toBeGreaterThan(1);
    expect(await ids({ speaker: "o" })).toEqual(idsWhere((r) => !!r.speakerId && named.has(r.speakerId)));
  });

  it("answers from the table as it is now, not as it was at the first asking", async () => {
    const before = await ids({ status: "unverifiable", type: "quote" });
    const quote = rows.find((r) => r.type === "quote" && r.status === "pending")!;
    await database.db.update(items).set({ status: "unverifiable" }).where(eq(items.id, quote.id));
    try {
      expect(await ids({ status: "unverifiable", type: "quote" })).toEqual([...before, quote.id].sort((a, b) => rows.findIndex((r) => r.id === a) - rows.findIndex((r) => r.id === b)));
    } finally {
      await database.db.update(items).set({ status: quote.status }).where(eq(items.id, quote.id));
    }
  });

  it("takes % and _ in a search literally", async () => {
    expect(await ids({ q: "%" })).toEqual(idsWhere((r) => r.text.includes("%")));
    expect(await ids({ q: "_" })).toEqual([]);
  });

  it("names each unknown filter value", async () => {
    const error = await listItems(database.db, as.viewer, { type: "opinion", status: "true", documentId: "7", limit: "500" }).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(Object.keys(error.fields).sort()).toEqual(["documentId", "limit", "status", "type"]);
  });
});

describe("listItems pages", () => {
  it("pages with a cursor, every item once and in order, the last page without a cursor", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listItems(database.db, as.viewer, { limit: 10, cursor });
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      expect(page.items).toHaveLength(10);
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it("keeps filters across pages", async () => {
    const first = await listItems(database.db, as.viewer, { type: "quote", limit: 5 });
    const second = await listItems(database.db, as.viewer, { type: "quote", limit: 5, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(idsWhere((r) => r.type === "quote").slice(0, 10));
  });

  it.each([
    ["garbage", "%%%"],
    ["a cursor with a start that is not a number", encodeCursor([SOME_UUID, "x", SOME_UUID])],
    ["a cursor with an id that is not a uuid", encodeCursor([SOME_UUID, 0, "x' or 1=1"])],
    ["a cursor of the wrong length", encodeCursor(["a", 1])],
  ])("refuses %s with a 400", async (_, cursor) => {
    await expect(listItems(database.db, as.viewer, { cursor })).rejects.toMatchObject({ status: 400, code: "bad_request" });
  });
});

describe("listItems access", () => {
  it("lets a viewer read and refuses anyone signed out", async () => {
    await expect(listItems(database.db, as.viewer, {})).resolves.toBeTruthy();
    await expect(listItems(database.db, null, {})).rejects.toMatchObject({ status: 401 });
  });
});
