-- pg_trgm ships with PostgreSQL (contrib) and with PGlite (loaded in db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- A person's name and aliases as one text, for one trigram index over both.
CREATE OR REPLACE FUNCTION people_names(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT name || ' ' || array_to_string(aliases, ' ') $$;--> statement-breakpoint
DROP INDEX "items_status_idx";--> statement-breakpoint
DROP INDEX "items_type_kind_idx";--> statement-breakpoint
DROP INDEX "items_speaker_idx";--> statement-breakpoint
CREATE INDEX "items_list_idx" ON "items" USING btree ("document_id","start","id") WHERE "items"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "items_speaker_list_idx" ON "items" USING btree ("speaker_id","document_id","start","id");--> statement-breakpoint
CREATE INDEX "items_status_list_idx" ON "items" USING btree ("status","document_id","start","id") WHERE "items"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "items_type_list_idx" ON "items" USING btree ("type","document_id","start","id") WHERE "items"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "items_kind_list_idx" ON "items" USING btree ("kind","document_id","start","id") WHERE "items"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "items_text_trgm_idx" ON "items" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_names_trgm_idx" ON "people" USING gin (people_names("name", "aliases") gin_trgm_ops);