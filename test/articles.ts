import { readFileSync } from "node:fs";
import type { Db } from "@/db/client.ts";
import type { Actor } from "@/server/actor.ts";
import { importDocument } from "@/server/documents/import-document.ts";

const read = (file: string) => readFileSync(file, "utf8");

/** The seed article (Indonesian, 8 quotes) and an English one (4 quotes), as fixtures to filter and page through. */
export const ARTICLES = {
  nato: { title: "NATO dan Ukraina", body: read("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt"), publishedAt: "2023-01-16" },
  health: { title: "British white paper on public health", body: read("test/fixtures/eval/05-en-white-paper-public-health.txt") },
};

/** Imports both articles; returns their document ids. */
export async function importArticles(db: Db, editor: Actor): Promise<Record<keyof typeof ARTICLES, string>> {
  const nato = await importDocument(db, editor, ARTICLES.nato);
  const health = await importDocument(db, editor, ARTICLES.health);
  return { nato: nato.document.id, health: health.document.id };
}
