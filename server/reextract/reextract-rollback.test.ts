import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { auditEvents, documents, items, people } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { olderExtraction } from "@/test/older-extraction.ts";
import { reextractDocument } from "./reextract-document.ts";

// Fails re-extraction at its very last write, the document's audit event: every item it
// added, changed or removed before that must be undone with it.
vi.mock("../audit.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../audit.ts")>();
  return {
    ...real,
    recordAudit: vi.fn(async (...args: Parameters<typeof real.recordAudit>) => {
      if (args[2] === "document.reextract") throw new Error("disk full");
      return real.recordAudit(...args);
    }),
  };
});

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe("a failed re-extraction", () => {
  it("leaves the document, its items, people and the audit log as they were", async () => {
    const db = database.db;
    const { editor } = await actors(db);
    const { nato } = await importArticles(db, editor);
    await olderExtraction(db, nato);
    const snapshot = async () => ({
      documents: await db.select().from(documents).orderBy(asc(documents.id)),
      items: await db.select().from(items).orderBy(asc(items.id)),
      people: await db.select().from(people).orderBy(asc(people.id)),
      audits: await db.select().from(auditEvents).orderBy(asc(auditEvents.id)),
    });
    const before = await snapshot();
    const { plan } = await reextractDocument(db, editor, nato);
    expect(plan.add.length + plan.remove.length + plan.change.length).toBeGreaterThan(0);

    await expect(reextractDocument(db, editor, nato, { apply: true })).rejects.toThrow("disk full");
    expect(await snapshot()).toEqual(before);
  });
});
