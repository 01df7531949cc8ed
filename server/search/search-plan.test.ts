import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client.ts";
import { searchQuerySchema } from "@/lib/validations/search-query.ts";
import { importArticles } from "@/test/articles.ts";
import { nodes, plan, type PlanNode } from "@/test/explain.ts";
import { useDatabase } from "@/test/use-database.ts";
import { similarCandidates } from "../items/similar-items.ts";
import { SEARCH_QUERY } from "./search.ts";

// Every query the search box runs has an index behind it: the GIN indexes on the stored
// tsvectors (db/migrations/0006_search.sql) and the trigram index on speakers' names.
const t = useDatabase();
beforeAll(() => importArticles(t.database.db, t.as.editor));

const q = (query: Record<string, unknown>) => searchQuerySchema.parse(query);
const indexes = async (query: Parameters<typeof plan>[1]) => nodes(await plan(t.database.db, query)).map((n) => n["Index Name"]).filter(Boolean);

// On a table this small the planner walks a list index and filters; without the list indexes
// (dropped in a transaction that is rolled back) the words' own index serves the query.
const withoutListIndexes = async (query: Parameters<typeof plan>[1]) => {
  let found: PlanNode | null = null;
  await t.database.db
    .transaction(async (tx) => {
      for (const index of ["items_list_idx", "items_status_list_idx", "items_type_list_idx", "items_kind_list_idx", "items_speaker_list_idx", "items_document_start_idx"]) {
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
  it("documents: the GIN index on their words", async () => {
    expect(await indexes((db) => SEARCH_QUERY.document(db, q({ q: "senjata berat" })))).toContain("documents_search_idx");
    expect(await indexes((db) => SEARCH_QUERY.document(db, q({ q: '"heavy weapons" -tanks', language: "en" })))).toContain("documents_search_idx");
  });

  it("quotes and claims: the GIN index of the type's live items", async () => {

    expect(await withoutListIndexes((db) => SEARCH_QUERY.item(db, q({ q: "senjata" }), "quote"))).toContain("items_quote_search_idx");
    expect(await withoutListIndexes((db) => SEARCH_QUERY.item(db, q({ q: "senjata", status: "verified" }), "claim"))).toContain("items_claim_search_idx");
  });

  it("speakers: the trigram index on names and aliases", async () => {
    expect(await indexes((db) => SEARCH_QUERY.person(db, q({ q: "Zelensky" })))).toContain("people_names_trgm_idx");
  });

  it("seen before: the trigram index on item text finds the candidates", async () => {
    const text = "akan ada lebih banyak pengiriman senjata berat dari negara sekutu Barat ke Ukraina dalam waktu dekat";
    const claim = { id: "00000000-0000-4000-8000-000000000001", documentId: "00000000-0000-4000-8000-000000000002", type: "claim" as const, text, speakerId: null };
    expect(await withoutListIndexes((db) => similarCandidates(db, claim))).toContain("items_text_trgm_idx");
    const quote = { ...claim, type: "quote" as const };
    expect(nodes(await plan(t.database.db, (db) => similarCandidates(db, quote))).filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
  });
});
