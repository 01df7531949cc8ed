import { sql } from "drizzle-orm";
import { people, type Person } from "../../db/schema.ts";
import type { Tx } from "../audit.ts";

/** The person or organisation with this name (case-insensitive), created on first use. */
export async function findOrCreatePerson(tx: Tx, name: string, kind: "person" | "org" = "person"): Promise<Person> {
  const clean = name.trim().replace(/\s+/g, " ");
  await tx.insert(people).values({ name: clean, kind }).onConflictDoNothing();
  const [person] = await tx
    .select()
    .from(people)
    .where(sql`lower(${people.name}) = lower(${clean})`)
    .limit(1);
  return person!;
}
