import { describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { importDocument } from "../documents/import-document.ts";
import { dismissMergeSuggestion, listMergeSuggestions } from "./merge-suggestions.ts";
import { mergePeople } from "./merge-people.ts";

const t = useDatabase();

describe("merge suggestions", () => {
  it("suggests the likely same people, keeping the one with more quotes, for editors only; never merges", async () => {
    const db = t.database.db;
    await importDocument(db, t.as.editor, {
      title: "NATO briefing",
      body: 'NATO briefing\n"More heavy weapons will come soon," said Jens Stoltenberg.\n"Tanks are on their way," Jens Stoltenberg added.',
    });
    await db.insert(people).values([
      { name: "Stoltenberg" },
      { name: "Zelensky" },
      { name: "Zelenskyy" },
      { name: "Joko Widodo", aliases: ["Jokowi"] },
      { name: "Jokowi" },
      { name: "Iriana Widodo" },
      { name: "Stoltenberg Foundation", kind: "org" },
    ]);
    const suggestions = await listMergeSuggestions(db, t.as.editor, 20);
    const pairs = suggestions.map((s) => [s.keep.name, s.merge.name, s.reason]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["Jens Stoltenberg", "Stoltenberg", "surname"],
        ["Joko Widodo", "Jokowi", "alias"],
      ]),
    );
    expect(pairs.some(([a, b]) => [a, b].sort().join() === "Zelensky,Zelenskyy")).toBe(true);
    const keptStoltenberg = suggestions.find((s) => s.merge.name === "Stoltenberg")!;
    expect(keptStoltenberg.keep.quotes).toBe(2);
    expect(pairs.some(([a, b]) => [a, b].includes("Iriana Widodo") || [a, b].includes("Stoltenberg Foundation"))).toBe(false);
    expect(await db.select().from(people)).toHaveLength(8);
    await expect(listMergeSuggestions(db, t.as.reviewer)).rejects.toMatchObject({ status: 403 });

    // "Not the same": audited and not suggested again; a merge takes the pair away too.
    const zel = suggestions.find((s) => s.reason === "spelling")!;
    await dismissMergeSuggestion(db, t.as.editor, { personId: zel.merge.id, otherId: zel.keep.id });
    await mergePeople(db, t.as.editor, { keepId: keptStoltenberg.keep.id, mergeId: keptStoltenberg.merge.id });
    const after = (await listMergeSuggestions(db, t.as.editor, 20)).map((s) => s.merge.name);
    expect(after).not.toContain(zel.merge.name);
    expect(after).not.toContain("Stoltenberg");
    expect(after).toContain("Jokowi");
    await expect(dismissMergeSuggestion(db, t.as.reviewer, { personId: zel.merge.id, otherId: zel.keep.id })).rejects.toMatchObject({ status: 403 });
    await expect(dismissMergeSuggestion(db, t.as.editor, { personId: zel.keep.id, otherId: zel.keep.id })).rejects.toMatchObject({ status: 422 });
  });
});
