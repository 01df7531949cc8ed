import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows.ts";
import type { Db } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import { sameStatement, SIMILAR_THRESHOLD } from "@/lib/items/similar.ts";
import type { ItemStatus } from "@/lib/items/labels.ts";
import type { Appearance } from "@/lib/views/appearance.ts";

interface Row extends Record<string, unknown> {
  of: string;
  of_text: string;
  id: string;
  text: string;
  document_id: string;
  title: string;
  source_name: string | null;
  published_at: string | null;
  created_at: string;
  status: ItemStatus;
  similarity: number;
}

/**
 * The same statement reported by several outlets, recognised as one: for each of these quotes,
 * every article where its speaker said the same thing (this one included), the first appearance
 * first. The same rule as the seen-before list (lib/items/similar.ts), looked up for all the
 * quotes in one statement: the trigram index on item text, within each speaker's quotes.
 */
export async function appearancesOf(db: Db, quoteIds: readonly string[]): Promise<Map<string, Appearance[]>> {
  const found = new Map<string, Appearance[]>();
  if (!quoteIds.length) return found;
  const result = await db.execute<Row>(sql`
    select a.id as of, a.text as of_text, b.id, b.text, b.document_id, d.title, d.source_name, d.published_at::text as published_at,
      d.created_at::text as created_at, b.status, similarity(a.text, b.text)::float8 as similarity
    from ${items} a
    join ${items} b on b.speaker_id = a.speaker_id and b.type = 'quote' and b.removed_at is null
      and (b.id = a.id or (b.document_id <> a.document_id and b.text % a.text and similarity(a.text, b.text) >= ${SIMILAR_THRESHOLD}))
    join ${documents} d on d.id = b.document_id
    where a.id = any(${sql.param([...quoteIds])}::uuid[]) and a.speaker_id is not null`);
  const rows = rowsOf<Row>(result);
  const dated = new Map<string, (Appearance & { at: string })[]>();
  for (const r of rows) {
    if (r.id !== r.of && !sameStatement(r.of_text, r.text, Number(r.similarity))) continue;
    const list = dated.get(r.of) ?? [];
    // Undated articles go by the day they were imported.
    list.push({ itemId: r.id, documentId: r.document_id, documentTitle: r.title, sourceName: r.source_name, publishedAt: r.published_at, status: r.status, at: `${r.published_at ?? r.created_at.slice(0, 10)} ${r.created_at}` });
    dated.set(r.of, list);
  }
  for (const [id, list] of dated) found.set(id, list.sort((x, y) => x.at.localeCompare(y.at)).map(({ at: _, ...a }) => a));
  return found;
}
