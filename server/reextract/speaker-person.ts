import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client.ts";
import { people } from "@/db/schema.ts";
import { speakerKind } from "@/lib/extract/index.ts";
import { titleFrom } from "../documents/import-document.ts";
import { findOrCreatePerson } from "../people/find-or-create-person.ts";

/**
 * The person a found speaker name stands for. An alias counts: after "Zelensky" was merged
 * into "Volodymyr Zelenskyy", finding "Zelensky" again must not bring the merged person back.
 * Otherwise as at import: found or created by name, with the kind and the title the article gives.
 */
export async function speakerPerson(tx: Tx, name: string, mention: string | null): Promise<string> {
  const [known] = await tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.name}) = lower(${name}) or exists (select 1 from unnest(${people.aliases}) as alias where lower(alias) = lower(${name}))`)
    .orderBy(sql`lower(${people.name}) = lower(${name}) desc`)
    .limit(1);
  if (known) return known.id;
  return (await findOrCreatePerson(tx, name, speakerKind(name), titleFrom(mention, name))).id;
}
