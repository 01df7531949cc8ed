import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { mergePeople } from "./merge-people.ts";

const t = useDatabase();

// Two editors merging the same pair in opposite directions at the same moment. On PostgreSQL
// each merge locked its own "keep" row first and then waited for the other's: a deadlock, one
// of them failing with 40P01 after a second. On PGlite (one connection: transactions run one
// at a time) the race cannot happen and this only checks the answers.
describe("mergePeople, twice at once in opposite directions", () => {
  it("lets one win and answers the other 404, without a deadlock", async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = await t.database.db.insert(people).values([{ name: `Ana Round${round}` }, { name: `A. Round${round}` }]).returning();
      const results = await Promise.allSettled([
        mergePeople(t.database.db, t.as.editor, { keepId: a!.id, mergeId: b!.id }),
        mergePeople(t.database.db, t.as.editor, { keepId: b!.id, mergeId: a!.id }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatchObject({ status: 404, message: "That person was not found." });
      expect(await t.database.db.select().from(people).where(inArray(people.id, [a!.id, b!.id]))).toHaveLength(1);
    }
  });
});
