import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client.ts";
import { people, type Person } from "@/db/schema.ts";

/** The person or organisation with this name (case-insensitive), created on first use. */
export async function findOrCreatePerson(tx: Tx, name: string, kind: "person" | "org" = "person", title: string | null = null): Promise<Person> {
  const clean = name.trim().replace(/\s+/g, " ");
  await tx.insert(people).values({ name: clean, kind, title }).onConflictDoNothing();
  const [person] = await tx
    .select()
    .from(people)
    .where(sql`lower(${people.name}) = lower(${clean})`)
    .limit(1);
  if (person && !person.title && title) {
    // The first article that gives a title ("Sekretaris Jenderal NATO") lends it to quote sheets.
    const [titled] = await tx.update(people).set({ title }).where(eq(people.id, person.id)).returning();
    return titled!;
  }
  return person!;
}
