import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { encodeCursor } from "../cursor.ts";
import { importDocument } from "./import-document.ts";
import { listDocuments } from "./list-documents.ts";

let database: Database;
let as: Awaited<ReturnType<typeof actors>>;
const made: string[] = []; // ids in import order

beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db);
  for (const n of [1, 2, 3, 4, 5]) {
    const { document } = await importDocument(database.db, as.editor, {
      title: `Article ${n}`,
      body: `"We will build ${n * 10} schools by 2030," said Governor Jane Smith. The budget rose by ${n}0 percent in 2023. Over ${n}00 teachers were hired last year.`,
    });
    made.push(document.id);
  }
});
afterAll(() => database.close());

async function pageThrough(limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listDocuments(database.db, as.viewer, { limit, cursor: cursor ?? undefined });
    expect(page.documents.length).toBeLessThanOrEqual(limit);
    ids.push(...page.documents.map((d) => d.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe("listDocuments", () => {
  it("lists newest first, without bodies", async () => {
    const { documents: list, nextCursor } = await listDocuments(database.db, as.viewer);
    expect(list.map((d) => d.id)).toEqual([...made].reverse());
    expect(nextCursor).toBeNull();
    expect(list[0]).not.toHaveProperty("body");
  });

  it("pages with a cursor: every document once, in order, the last page without a cursor", async () => {
    const first = await listDocuments(database.db, as.viewer, { limit: 2 });
    expect(first.documents.map((d) => d.id)).toEqual([made[4], made[3]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(await pageThrough(2)).toEqual([...made].reverse());
    expect(await pageThrough(5)).toEqual([...made].reverse());
  });

  it("keeps pages whole when documents share a creation time, to the microsecond", async () => {
    // Two rows in one millisecond: a cursor rounded to milliseconds would skip the second.
    await database.db.update(documents).set({ createdAt: sql`'2024-05-01 10:00:00.123456+00'` }).where(eq(documents.id, made[0]!));
    await database.db.update(documents).set({ createdAt: sql`'2024-05-01 10:00:00.123200+00'` }).where(eq(documents.id, made[1]!));
    await database.db.update(documents).set({ createdAt: sql`'2024-05-01 10:00:00.123200+00'` }).where(eq(documents.id, made[2]!));
    const expected = [made[4], made[3], made[0], ...[made[1], made[2]].sort().reverse()];
    expect(await pageThrough(1)).toEqual(expected);
    expect(await pageThrough(3)).toEqual(expected);
  });

  it("counts each document's items by type and status, leaving removed items out", async () => {
    const rows = await database.db.select().from(items).where(eq(items.documentId, made[4]!));
    const quotes = rows.filter((r) => r.type === "quote");
    const claims = rows.filter((r) => r.type === "claim");
    expect(quotes.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(1);
    await database.db.update(items).set({ status: "verified" }).where(eq(items.id, quotes[0]!.id));
    await database.db.update(items).set({ status: "disputed" }).where(eq(items.id, claims[0]!.id));
    await database.db.update(items).set({ status: "unverifiable", removedAt: new Date() }).where(eq(items.id, claims[1]!.id));
    const [newest] = (await listDocuments(database.db, as.viewer, { limit: 1 })).documents;
    expect(newest!.counts).toEqual({
      quotes: quotes.length,
      claims: claims.length - 1,
      pending: rows.length - 3,
      verified: 1,
      disputed: 1,
      unverifiable: 0,
    });
  });

  it("counts a document with no items as zeros", async () => {
    const { document } = await importDocument(database.db, as.editor, { title: "Empty", body: "Nothing to see." });
    await database.db.delete(items).where(inArray(items.documentId, [document.id]));
    const [entry] = (await listDocuments(database.db, as.viewer, { limit: 1 })).documents;
    expect(entry).toMatchObject({ id: document.id, counts: { quotes: 0, claims: 0, pending: 0, verified: 0, disputed: 0, unverifiable: 0 } });
  });

  it.each([
    ["garbage", "garbage"],
    ["a tampered id", encodeCursor(["2024-05-01T10:00:00.123456Z", "1; drop table documents"])],
    ["a date that does not exist", encodeCursor(["2024-02-30T10:00:00.000000Z", "00000000-0000-0000-0000-000000000000"])],
  ])("refuses %s as a cursor with a 400", async (_, cursor) => {
    await expect(listDocuments(database.db, as.viewer, { cursor })).rejects.toMatchObject({ status: 400, code: "bad_request" });
  });

  it("refuses a limit out of range with a 422", async () => {
    await expect(listDocuments(database.db, as.viewer, { limit: 101 })).rejects.toMatchObject({ status: 422, fields: { limit: expect.any(Array) } });
  });

  it("needs a signed-in viewer", async () => {
    await expect(listDocuments(database.db, null)).rejects.toMatchObject({ status: 401 });
  });
});
