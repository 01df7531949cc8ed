import "server-only";
import { inArray, sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows.ts";
import type { Db } from "@/db/client.ts";
import { auditEvents, items, people } from "@/db/schema.ts";
import { samePersonReason } from "@/lib/people/same-person.ts";
import { personPairSchema } from "@/lib/validations/person-pair.ts";
import type { MergeSuggestion, SuggestedPerson } from "@/lib/views/merge-suggestion.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { notFound } from "../errors.ts";
import { validate } from "../validate.ts";

interface Pair extends Record<string, unknown> {
  a_id: string;
  a_name: string;
  a_aliases: string[];
  a_kind: "person" | "org";
  a_quotes: number;
  b_id: string;
  b_name: string;
  b_aliases: string[];
  b_kind: "person" | "org";
  b_quotes: number;
  similarity: number;
}

const CANDIDATES = 200;

/**
 * Speakers who are probably the same person (lib/people/same-person.ts), the likeliest first,
 * for an editor to merge or to mark as different; never merged by themselves. Pairs come from
 * the trigram index on names and aliases; a pair marked "not the same" (an audited
 * person.not_same event) is not suggested again.
 */
export async function listMergeSuggestions(db: Db, actor: Actor | null, limit = 10): Promise<MergeSuggestion[]> {
  requireRole(actor, "editor", "see merge suggestions");
  const names = (t: string) => sql.raw(`people_names(${t}.name, ${t}.aliases)`);
  const quotes = (t: string) => sql`(select count(*) from ${items} where ${items.speakerId} = ${sql.raw(t)}.id and ${items.removedAt} is null)::int`;
  const result = await db.execute<Pair>(sql`
    select a.id as a_id, a.name as a_name, a.aliases as a_aliases, a.kind as a_kind, ${quotes("a")} as a_quotes,
      b.id as b_id, b.name as b_name, b.aliases as b_aliases, b.kind as b_kind, ${quotes("b")} as b_quotes,
      similarity(${names("a")}, ${names("b")})::float8 as similarity
    from ${people} a join ${people} b on a.id < b.id and ${names("a")} % ${names("b")}
    where not exists (
      select 1 from ${auditEvents} e where e.action = 'person.not_same' and e.target_type = 'person'
        and e.target_id = a.id::text and e.after ->> 'otherId' = b.id::text)
    order by similarity desc, a.id, b.id
    limit ${CANDIDATES}`);
  const rows = rowsOf<Pair>(result);
  const suggestions: MergeSuggestion[] = [];
  for (const r of rows) {
    const a = { name: r.a_name, aliases: r.a_aliases, kind: r.a_kind };
    const b = { name: r.b_name, aliases: r.b_aliases, kind: r.b_kind };
    const reason = samePersonReason(a, b, Number(r.similarity));
    if (!reason) continue;
    const pa: SuggestedPerson = { id: r.a_id, name: r.a_name, aliases: r.a_aliases, quotes: Number(r.a_quotes) };
    const pb: SuggestedPerson = { id: r.b_id, name: r.b_name, aliases: r.b_aliases, quotes: Number(r.b_quotes) };
    // Kept: the one with more quotes, else the fuller name.
    const aFirst = pa.quotes !== pb.quotes ? pa.quotes > pb.quotes : pa.name.length >= pb.name.length;
    suggestions.push({ keep: aFirst ? pa : pb, merge: aFirst ? pb : pa, reason, similarity: Number(r.similarity) });
    if (suggestions.length === limit) break;
  }
  return suggestions;
}

/** An editor's "not the same person": audited, and the pair is not suggested again. */
export async function dismissMergeSuggestion(db: Db, actor: Actor | null, input: unknown): Promise<void> {
  const who = requireRole(actor, "editor", "dismiss merge suggestions");
  const { personId, otherId } = validate(personPairSchema, input);
  const [first, second] = personId < otherId ? [personId, otherId] : [otherId, personId];
  const found = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, [first, second]));
  if (found.length !== 2) throw notFound("That person");
  const name = (id: string) => found.find((p) => p.id === id)!.name;
  await recordAudit(db, who, "person.not_same", { type: "person", id: first }, null, { otherId: second, names: [name(first), name(second)] });
}
