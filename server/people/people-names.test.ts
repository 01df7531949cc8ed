import { describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { describeActivity } from "@/lib/audit/describe-activity.ts";
import { useDatabase } from "@/test/use-database.ts";
import { mergePeople } from "./merge-people.ts";
import { peopleNames } from "./people-names.ts";

const t = useDatabase();

describe("peopleNames", () => {
  it("names speakers who still exist, and those merged away as they were, with whom they became", async () => {
    const db = t.database.db;
    const [kept, zelensky, ze, stranger] = await db
      .insert(people)
      .values([{ name: "Volodymyr Zelenskyy" }, { name: "Zelensky" }, { name: "Ze" }, { name: "Nobody Merged" }])
      .returning();
    await mergePeople(db, t.as.editor, { keepId: kept!.id, mergeId: zelensky!.id });
    await mergePeople(db, t.as.editor, { keepId: kept!.id, mergeId: ze!.id });
    const unknown = "00000000-0000-4000-8000-000000000000";
    const names = await peopleNames(db, [kept!.id, zelensky!.id, ze!.id, stranger!.id, unknown, zelensky!.id]);
    expect(names).toEqual({
      [kept!.id]: "Volodymyr Zelenskyy",
      [zelensky!.id]: "Zelensky (now Volodymyr Zelenskyy)",
      [ze!.id]: "Ze (now Volodymyr Zelenskyy)",
      [stranger!.id]: "Nobody Merged",
    });
    // An item's trail from before the merge still says who the speaker was.
    const event = { action: "item.correct", actorName: "Eko Editor", before: { speakerId: zelensky!.id }, after: { speakerId: stranger!.id } };
    expect(describeActivity(event, names).changes).toContainEqual({ label: "Speaker", before: "Zelensky (now Volodymyr Zelenskyy)", after: "Nobody Merged" });
  });
});
