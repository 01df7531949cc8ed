-- Full-text search (issue 12). Both columns are managed here, not in db/schema.ts: nothing the
-- app reads as rows carries a tsvector, and backups neither export nor re-insert them.
-- The text-search configuration of a document's language; both ship with PostgreSQL and PGlite.
CREATE OR REPLACE FUNCTION attest_text_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN language = 'id' THEN 'indonesian'::regconfig ELSE 'english'::regconfig END $$;--> statement-breakpoint
-- A document's title weighs more than its body.
ALTER TABLE "documents" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(attest_text_config("language"), "title"), 'A') || setweight(to_tsvector(attest_text_config("language"), "body"), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search");--> statement-breakpoint
-- An item's words, in its document's language: kept by a trigger, since a generated column
-- cannot read the document's row.
ALTER TABLE "items" ADD COLUMN "search" tsvector;--> statement-breakpoint
CREATE OR REPLACE FUNCTION items_search_vector() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    NEW.search := to_tsvector(attest_text_config((SELECT language FROM documents WHERE id = NEW.document_id)), NEW.text);
    RETURN NEW;
  END $$;--> statement-breakpoint
-- The import computes the vector in its own INSERT … SELECT (server/documents/import-document.ts),
-- which skips the per-row call; any other insert, and a changed text, gets it here.
CREATE TRIGGER "items_search_insert" BEFORE INSERT ON "items"
  FOR EACH ROW WHEN (NEW.search IS NULL) EXECUTE FUNCTION items_search_vector();--> statement-breakpoint
CREATE TRIGGER "items_search_update" BEFORE UPDATE OF "text", "document_id" ON "items"
  FOR EACH ROW EXECUTE FUNCTION items_search_vector();--> statement-breakpoint
UPDATE "items" SET "search" = to_tsvector(attest_text_config(d."language"), "items"."text") FROM "documents" d WHERE d."id" = "items"."document_id";--> statement-breakpoint
-- One per type, live items only: every search asks for one type at a time.
CREATE INDEX "items_quote_search_idx" ON "items" USING gin ("search") WHERE "removed_at" IS NULL AND "type" = 'quote';--> statement-breakpoint
CREATE INDEX "items_claim_search_idx" ON "items" USING gin ("search") WHERE "removed_at" IS NULL AND "type" = 'claim';
