import { sql, type SQLWrapper } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client.ts";
import { items } from "@/db/schema.ts";
import { itemsQuerySchema } from "@/lib/validations/items-query.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { nodes, plan as explain, type PlanNode } from "@/test/explain.ts";
import { encodeCursor } from "../cursor.ts";
import { itemsPageQuery, speakersNamed } from "./list-items.ts";

// Each list query's plan on a seeded database (test/explain.ts prices sequential scans out):
// a query that no index serves in page order shows a seq scan or a sort, and fails here.
/** Copies of each seeded item: some tens of thousands of rows in all. */
const FILLER_COPIES = 40;

let database: Database;
let someItem: { id: string; documentId: string; start: number; speakerId: string | null };

beforeAll(async () => {
  database = await openTestDatabase();
  const as = await actors(database.db);
  await importArticles(database.db, as.editor);
  const [row] = await database.db.select().from(items).where(sql`${items.speakerId} is not null`).limit(1);
  someItem = row!;
  // Enough unattributed filler that a speaker and a rare word are rare, as in a real archive,
  // and the planner's statistics say so.
  await database.db.execute(sql`
    insert into items (document_id, type, kind, text, start, "end", status)
    select document_id, type, kind, 'filler sentence number ' || g, start + g * 10000, "end" + g * 10000, status
    from items, generate_series(1, ${FILLER_COPIES}) g`);
  await database.db.execute(sql`analyze items`);
});
afterAll(() => database.close());

const plan = (query: (db: Db) => SQLWrapper) => explain(database.db, query);

/** The item scans of a plan (the people join is by primary key and not what is tested). */
const itemScans = (p: PlanNode) => nodes(p).filter((n) => n["Index Name"]?.startsWith("items_") || n["Node Type"] === "Seq Scan");
const page = (query: Record<string, unknown>, speakerIds?: string[]) => (db: Db) => itemsPageQuery(db, itemsQuerySchema.parse({ limit: 50, ...query }), speakerIds);

describe("every list of items walks an index in page order", () => {
  const ordered: [string, Record<string, unknown>, string][] = [
    ["the plain list", {}, "items_list_idx"],
    ["a type", { type: "claim" }, "items_type_list_idx"],
    ["a kind", { kind: "direct" }, "items_kind_list_idx"],
    ["a status", { status: "verified" }, "items_status_list_idx"],
  ];
  for (const [what, query, index] of ordered) {
    it(`${what}: ${index}, with no sort`, async () => {
      const p = await plan(page(query));
      expect(itemScans(p).map((n) => n["Index Name"])).toEqual([index]);
      expect(nodes(p).some((n) => n["Node Type"] === "Sort")).toBe(false);
    });
  }

  it("a document, and a later page of it: the list index from the cursor on", async () => {
    const cursor = encodeCursor([someItem.documentId, someItem.start, someItem.id]);
    const p = await plan(page({ documentId: someItem.documentId, cursor }));
    expect(itemScans(p).map((n) => n["Index Name"])).toEqual(["items_list_idx"]);
    expect(nodes(p).some((n) => n["Node Type"] === "Sort")).toBe(false);
  });

  it("a speaker: the speaker index (a rare speaker's few rows are then sorted)", async () => {
    const p = await plan(page({ speaker: someItem.speakerId }, [someItem.speakerId!]));
    expect(itemScans(p).map((n) => n["Index Name"])).toEqual(["items_speaker_list_idx"]);
  });

  it("a word: the trigram index on item text serves the match", async () => {
    const p = await plan((db) => db.select({ id: items.id }).from(items).where(sql`${items.text} ilike ${"%Stoltenberg%"}`));
    expect(itemScans(p).map((n) => n["Index Name"])).toEqual(["items_text_trgm_idx"]);
    expect(nodes(await plan(page({ q: "Stoltenberg" }))).some((n) => n["Node Type"] === "Seq Scan")).toBe(false);
  });

  it("a speaker's name resolves through the trigram index on names and aliases", async () => {
    expect((await speakersNamed(database.db, "oltenber")).length).toBeGreaterThan(0);
    const p = await plan((db) => db.select({ n: sql`1` }).from(sql`people`).where(sql`people_names(name, aliases) ilike ${"%oltenber%"}`));
    expect(nodes(p).map((n) => n["Index Name"]).filter(Boolean)).toEqual(["people_names_trgm_idx"]);
  });
});
