import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client.ts";
import { searchQuerySchema } from "@/lib/validations/search-query.ts";
import { importArticles } from "@/test/articles.ts";
import { nodes, plan, type PlanNode } from "@/test/explain.ts";
import { useDatabase } from "@/test/use-database.ts";
import { seenBeforeQuery } from "@/lib/items/seen-before-words.ts";
import { similarCandidates } from "../items/similar-items.ts";
import { SEARCH_QUERY } from "./search.ts";

// Every query the search box runs has an index behind it: the GIN indexes on the stored
// tsvectors (db/migrations/0006_search.sql), which also find seen-before candidates, and the
// trigram index on speakers' names.
const t = useDatabase();
beforeAll(() => importArticles(t.database.db, t.as.editor));

const q = (query: Record<string, unknown>) => searchQuerySchema.parse(query);
const indexes = async (query: Parameters<typeof plan>[1]) => nodes(await plan(t.database.db, query)).map((n) => n["Index Name"]).filter(Boolean);

// On a table this small the planner walks a list index and filters; without the list indexes
// (dropped in a transaction that is rolled back) the words' own index serves the query.
const LIST_INDEXES = ["items_list_idx", "items_status_list_idx", "items_type_list_idx", "items_kind_list_idx", "items_speaker_list_idx", "items_document_start_idx", "documents_created_at_idx"];
const withoutListIndexes = async (query: Parameters<typeof plan>[1]) => {
  let found: PlanNode | null = null;
  await t.database.db
    .transaction(async (tx) => {
      for (const index of LIST_INDEXES) {
        await tx.execute(sql.raw(`drop index ${index}`));
      }
      found = await plan(tx as unknown as Db, query);
      throw new Error("roll back");
    })
    .catch((e: Error) => {
      if (e.message !== "roll back") throw e;
    });
  return nodes(found!).map((n) => n["Index Name"]).filter(Boolean);
};

describe("the search queries' plans", () => {
  it("the window: the GIN index on documents' words, or the newest-first index walked to fill it", async () => {
    for (const query of [q({ q: "senjata berat" }), q({ q: '"heavy weapons" -tanks', language: "en" })]) {
      const found = await indexes((db) => SEARCH_QUERY.window(db, query));
      expect(found.some((name) => name === "documents_search_idx" || name === "documents_created_at_idx"), found.join(", ")).toBe(true);
      expect(await withoutListIndexes((db) => SEARCH_QUERY.window(db, query))).toContain("documents_search_idx");
    }
  });

  it("items ranked within the window: found by their documents", async () => {
    const window = await SEARCH_QUERY.window(t.database.db, q({ q: "senjata" }));
    expect(window.length).toBeGreaterThan(0);
    const found = await indexes((db) => SEARCH_QUERY.item(db, q({ q: "senjata" }), "quote", window));
    expect(found.some((name) => name?.startsWith("items_")), found.join(", ")).toBe(true);
  });

  it("quotes and claims ranked without a window: the GIN index of the type's live items", async () => {
    expect(await withoutListIndexes((db) => SEARCH_QUERY.item(db, q({ q: "senjata" }), "quote", null))).toContain("items_quote_search_idx");
    expect(await withoutListIndexes((db) => SEARCH_QUERY.item(db, q({ q: "senjata", status: "verified" }), "claim", null))).toContain("items_claim_search_idx");
  });

  it("speakers: the trigram index on names and aliases", async () => {
    expect(await indexes((db) => SEARCH_QUERY.person(db, q({ q: "Zelensky" })))).toContain("people_names_trgm_idx");
  });

  it("seen before: the full-text index of the type's live items finds the candidates", async () => {
    const text = "akan ada lebih banyak pengiriman senjata berat dari negara sekutu Barat ke Ukraina dalam waktu dekat";
    const words = seenBeforeQuery(["pengiriman", "senjata", "sekutu", "ukraina", "dekat"], () => 0)!;
    const claim = { id: "00000000-0000-4000-8000-000000000001", documentId: "00000000-0000-4000-8000-000000000002", type: "claim" as const, text, speakerId: null, words };
    expect(await withoutListIndexes((db) => similarCandidates(db, claim))).toContain("items_claim_search_idx");
    const quote = { ...claim, type: "quote" as const, speakerId: "00000000-0000-4000-8000-000000000003" };
    expect(await withoutListIndexes((db) => similarCandidates(db, quote))).toContain("items_quote_search_idx");
    expect(nodes(await plan(t.database.db, (db) => similarCandidates(db, quote))).filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
  });
});
