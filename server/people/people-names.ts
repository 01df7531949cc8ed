import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { auditEvents, people } from "@/db/schema.ts";

/**
 * Names of speakers by id, for audit trails that store only ids. A speaker merged into another
 * no longer has a row, but the merge's own audit event kept them: they are named as they were,
 * with whom they became ("Zelensky (now Volodymyr Zelenskyy)"), never "someone no longer listed".
 */
export async function peopleNames(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return {};
  const rows = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, unique));
  const names: Record<string, string> = Object.fromEntries(rows.map((r) => [r.id, r.name]));
  const gone = unique.filter((id) => !(id in names));
  if (!gone.length) return names;
  const mergedId = sql<string>`(${auditEvents.before} -> 'merge' ->> 'id')`;
  const merges = await db
    .select({ id: mergedId, before: auditEvents.before })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "person.merge"), inArray(mergedId, gone)));
  const into = merges.map((m) => (m.before as { keep?: { id?: string } } | null)?.keep?.id).filter((id): id is string => typeof id === "string");
  // Whom they became, by their present name (or, merged again since, by the next merge's record).
  const now = into.length ? await peopleNames(db, into) : {};
  for (const m of merges) {
    const before = m.before as { merge?: { name?: string }; keep?: { id?: string; name?: string } } | null;
    const name = before?.merge?.name;
    if (!name) continue;
    const kept = (before?.keep?.id && now[before.keep.id]) || before?.keep?.name;
    names[m.id] = kept ? `${name} (now ${kept})` : name;
  }
  return names;
}
