import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { auditEvents, documents, items, people } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { importDocument } from "./import-document.ts";

// Fails the import half-way: after the document row is written, while speakers are added.
vi.mock("../people/resolve-people.ts", async (original) => ({
  ...(await original<typeof import("../people/resolve-people.ts")>()),
  resolvePeople: vi.fn(async () => {
    throw new Error("disk full");
  }),
}));

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe("a failed import", () => {
  it("leaves no document, item, person or audit event behind", async () => {
    const { editor } = await actors(database.db);
    const body = '"Kami menolak rencana itu," kata Menteri Luar Negeri Retno Marsudi di Jakarta.';
    await expect(importDocument(database.db, editor, { title: "Half-done", body })).rejects.toThrow("disk full");
    const counts = await Promise.all([documents, items, people].map(async (t) => (await database.db.select({ n: count() }).from(t))[0]!.n));
    expect(counts).toEqual([0, 0, 0]);
    const audits = await database.db.select({ action: auditEvents.action }).from(auditEvents);
    expect(audits.map((a) => a.action)).not.toContain("document.import");
  });
});
