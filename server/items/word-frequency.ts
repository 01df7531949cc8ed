import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { rowsOf } from "@/db/rows.ts";

/** Statistics change slowly (ANALYZE, by hand or autovacuum): read them again after this long. */
const KEEP_MS = 10 * 60_000;
const cache = new WeakMap<Db, { at: number; frequency: Map<string, number> }>();

/**
 * The share of items holding each of the archive's most common words, from PostgreSQL's own
 * statistics on the items' search vectors (pg_stats, the thousand commonest lexemes); empty
 * before the first ANALYZE, as on a new embedded database, where every word counts as rare.
 */
export async function wordFrequency(db: Db): Promise<(lexeme: string) => number> {
  let entry = cache.get(db);
  if (!entry || Date.now() - entry.at > KEEP_MS) {
    const result = await db.execute(sql`
      select most_common_elems::text::text[] as words, most_common_elem_freqs as shares
      from pg_stats where schemaname = current_schema() and tablename = 'items' and attname = 'search'`);
    const [row] = rowsOf<{ words: string[] | null; shares: number[] | null }>(result);
    const frequency = new Map<string, number>();
    (row?.words ?? []).forEach((word, i) => frequency.set(word, Number(row!.shares![i] ?? 0)));
    entry = { at: Date.now(), frequency };
    cache.set(db, entry);
  }
  const { frequency } = entry;
  return (lexeme) => frequency.get(lexeme) ?? 0;
}
