import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows.ts";
import type { Tx } from "@/db/client.ts";
import { people } from "@/db/schema.ts";

export interface PersonRequest {
  name: string;
  kind: "person" | "org";
  title: string | null;
}

/** A speaker's name as stored: trimmed, inner runs of space made one. */
export const cleanPersonName = (name: string) => name.trim().replace(/\s+/g, " ");

// Rows per statement: three bound parameters a row, far under the protocol's 65,535.
const CHUNK = 5_000;

/**
 * The people and organisations these names are (case-insensitive, as PostgreSQL's lower() has
 * it), creating the missing ones: a few statements for any number of names, where
 * findOrCreatePerson takes two or three per name. The result is the one that calling
 * findOrCreatePerson on each request in turn gives: a new person takes the name and kind of
 * its first request, and a person without a title takes the first title any request gives.
 * Returns each cleaned name's person id.
 */
export async function resolvePeople(tx: Tx, requests: PersonRequest[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (requests.length === 0) return ids;
  const names = [...new Set(requests.map((r) => cleanPersonName(r.name)))];

  // Every name with its key as PostgreSQL folds it, and the person it already is, if any.
  const known: { name: string; key: string; id: string | null; title: string | null }[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = await tx.execute(sql`
      select q.name, lower(q.name) as key, p.id, p.title
      from (values ${valuesList(names.slice(i, i + CHUNK).map((n) => [n]))}) as q(name)
      left join ${people} p on lower(p.name) = lower(q.name)`);
    known.push(...rowsOf<(typeof known)[number]>(rows));
  }
  const keyOf = new Map(known.map((k) => [k.name, k.key]));

  // Per key, in request order: the first request (a new person's name and kind) and the first title.
  const wanted = new Map<string, { first: PersonRequest & { name: string }; title: string | null }>();
  for (const r of requests) {
    const name = cleanPersonName(r.name);
    const key = keyOf.get(name)!;
    const w = wanted.get(key);
    if (!w) wanted.set(key, { first: { ...r, name }, title: r.title });
    else w.title ??= r.title;
  }

  const found = new Map<string, { id: string; title: string | null }>();
  for (const k of known) if (k.id) found.set(k.key, { id: k.id, title: k.title });

  const missing = [...wanted].filter(([key]) => !found.has(key));
  for (let i = 0; i < missing.length; i += CHUNK) {
    const inserted = await tx
      .insert(people)
      .values(missing.slice(i, i + CHUNK).map(([, w]) => ({ name: w.first.name, kind: w.first.kind, title: w.title })))
      .onConflictDoNothing()
      .returning({ id: people.id, key: sql<string>`lower(${people.name})`, title: people.title });
    for (const p of inserted) found.set(p.key, { id: p.id, title: p.title });
  }

  // Names another transaction created between the look-up and the insert.
  const raced = missing.map(([key]) => key).filter((key) => !found.has(key));
  for (let i = 0; i < raced.length; i += CHUNK) {
    const rows = await tx.execute(sql`
      select lower(p.name) as key, p.id, p.title from ${people} p
      where lower(p.name) in (${sql.join(raced.slice(i, i + CHUNK).map((k) => sql`${k}`), sql`, `)})`);
    for (const p of rowsOf<{ key: string; id: string; title: string | null }>(rows)) found.set(p.key, { id: p.id, title: p.title });
  }

  // The first article that gives a title ("Sekretaris Jenderal NATO") lends it to quote sheets.
  const titles: [string, string][] = [];
  for (const [key, w] of wanted) {
    const person = found.get(key)!;
    if (!person.title && w.title) titles.push([person.id, w.title]);
  }
  for (let i = 0; i < titles.length; i += CHUNK) {
    await tx.execute(sql`
      update ${people} set title = v.title
      from (values ${valuesList(titles.slice(i, i + CHUNK))}) as v(id, title)
      where ${people.id} = v.id::uuid and ${people.title} is null`);
  }

  for (const name of names) ids.set(name, found.get(keyOf.get(name)!)!.id);
  return ids;
}

/** `($1, $2), ($3, $4)`: rows of bound parameters for a VALUES list. */
function valuesList(rows: unknown[][]): SQL {
  return sql.join(
    rows.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`), sql`, `)})`),
    sql`, `,
  );
}
