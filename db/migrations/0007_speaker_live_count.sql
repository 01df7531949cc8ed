DROP INDEX "items_speaker_list_idx";--> statement-breakpoint
CREATE INDEX "items_speaker_list_idx" ON "items" USING btree ("speaker_id","document_id","start","id","removed_at");