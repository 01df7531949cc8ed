import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { nodes, plan } from "@/test/explain.ts";
import { documentsPageQuery } from "./list-documents.ts";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await importArticles(database.db, (await actors(database.db)).editor);
});
afterAll(() => database.close());

describe("the documents list", () => {
  it("walks the newest-first index, first page and later ones, with no sort", async () => {
    for (const after of [null, ["2026-12-01T00:00:00.000000Z", "00000000-0000-4000-8000-000000000000"] as const]) {
      const p = await plan(database.db, (db) => documentsPageQuery(db, after, 20));
      expect(nodes(p).map((n) => n["Index Name"]).filter(Boolean)).toEqual(["documents_created_at_idx"]);
      expect(nodes(p).some((n) => n["Node Type"] === "Sort" || n["Node Type"] === "Seq Scan")).toBe(false);
    }
  });
});
