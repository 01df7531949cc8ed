import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { auditEvents, documents, items, people } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { importDocuments } from "./import-document.ts";

// An article whose extraction gives an item the database refuses (an empty span): its write fails.
vi.mock("@/lib/extract/index.ts", async (original) => {
  const real = await original<typeof import("@/lib/extract/index.ts")>();
  return {
    ...real,
    extract: (body: string, opts?: Parameters<typeof real.extract>[1]) => {
      const result = real.extract(body, opts);
      if (!body.includes("CORRUPT")) return result;
      return { ...result, claims: [...result.claims, { ...result.claims[0]!, end: result.claims[0]!.start }] };
    },
  };
});

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const article = (n: number, extra = "") => ({
  title: `Article ${n}`,
  body: `"Kami menolak rencana itu," kata Menteri Luar Negeri Retno Marsudi di Jakarta. The minister said that ${n} people died in 2023.${extra}`,
});

describe("a batch with an article the database refuses", () => {
  it("stores the articles before it, each whole, and throws for it as importing it alone would; nothing of it or after it", async () => {
    const { editor } = await actors(database.db);
    const batch = [article(1), article(2), article(3, " CORRUPT"), article(4)];
    const error = await importDocuments(database.db, editor, batch).catch((e: Error) => e);
    expect(String((error as Error).cause)).toMatch(/items_span_check/);
    // The query's values never reach the message (db/redact-errors.ts): no article text in it.
    expect((error as Error).message).not.toMatch(/people died/);

    const docs = await database.db.select({ id: documents.id, title: documents.title }).from(documents).orderBy(asc(documents.createdAt));
    expect(docs.map((d) => d.title)).toEqual(["Article 1", "Article 2"]);
    const perDocument = await database.db.select({ documentId: items.documentId, n: count() }).from(items).groupBy(items.documentId);
    expect(perDocument).toHaveLength(2);
    for (const row of perDocument) expect(row.n).toBeGreaterThan(1);
    const audits = await database.db.select({ targetId: auditEvents.targetId }).from(auditEvents).where(eq(auditEvents.action, "document.import"));
    expect(audits.map((a) => a.targetId).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(await database.db.select({ name: people.name }).from(people)).toEqual([{ name: "Retno Marsudi" }]);

    // The rest go in once the bad one is left out.
    const again = await importDocuments(database.db, editor, [batch[0], batch[3]]);
    // And the bad one alone fails the same way, touching nothing.
    const alone = await importDocuments(database.db, editor, [batch[2]]).catch((e: Error) => e);
    expect(String((alone as Error).cause)).toMatch(/items_span_check/);
    expect(await database.db.select({ n: count() }).from(documents)).toEqual([{ n: 3 }]);
    expect(again.map((o) => "result" in o && o.result.duplicate)).toEqual([true, false]);
  });
});
