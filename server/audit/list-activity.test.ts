import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { documents } from "@/db/schema.ts";
import type { Role } from "@/lib/roles.ts";
import { firstItem, openSeededDatabase } from "@/test/seeded.ts";
import { OPERATOR, type Actor } from "../actor.ts";
import { addCitation } from "../citations/add-citation.ts";
import { correctItem } from "../items/correct-item.ts";
import { mergePeople } from "../people/merge-people.ts";
import { createToken } from "../tokens/create-token.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { listActivity } from "./list-activity.ts";

let database: Database;
let as: Record<Role, Actor>;
let documentId: string;
let itemId: string;
let stoltenbergId: string;

beforeAll(async () => {
  ({ database, as, documentId } = await openSeededDatabase());
  const item = await firstItem(database, as.editor, documentId);
  itemId = item.id;
  stoltenbergId = item.speaker!.id;
  await addCitation(database.db, as.reviewer, itemId, { url: "https://example.org", title: "Source", stance: "supports" });
  await setVerdict(database.db, as.reviewer, itemId, { status: "verified", version: 1 });
  await correctItem(database.db, as.editor, itemId, { version: 2, speaker: "Rishi Sunak" });
  await createToken(database.db, OPERATOR, { email: as.reviewer.email });
});
afterAll(() => database.close());

describe("listActivity", () => {
  it("is for editors and admins only", async () => {
    await expect(listActivity(database.db, null)).rejects.toMatchObject({ status: 401 });
    await expect(listActivity(database.db, as.reviewer)).rejects.toMatchObject({ status: 403 });
    await expect(listActivity(database.db, as.admin)).resolves.toHaveProperty("entries");
  });

  it("gives each item event its document and text, newest first", async () => {
    const { entries } = await listActivity(database.db, as.editor, { limit: 4 });
    expect(entries.map((e) => e.action)).toEqual(["token.create", "item.correct", "item.verdict", "citation.add"]);
    const [title] = await database.db.select({ title: documents.title }).from(documents).where(eq(documents.id, documentId));
    expect(entries[1]!.target).toEqual({ type: "item", id: itemId, itemType: "quote", text: expect.any(String), removed: false, document: { id: documentId, title: title!.title } });
    expect(entries[2]!.actor).toMatchObject({ id: as.reviewer.id, name: as.reviewer.name });
  });

  it("names the people and accounts the events mention only by id", async () => {
    const { entries, names } = await listActivity(database.db, as.editor, { limit: 4 });
    const correction = entries.find((e) => e.action === "item.correct")!;
    const sunakId = (correction.after as { speakerId: string }).speakerId;
    expect(names[stoltenbergId]).toBe("Jens Stoltenberg");
    expect(names[sunakId]).toBe("Rishi Sunak");
    expect(names[as.reviewer.id!]).toBe(as.reviewer.name);
  });

  it("resolves documents and accounts, and marks what no longer exists", async () => {
    const sunak = (await listActivity(database.db, as.editor, { limit: 2 })).entries[1]!.after as { speakerId: string };
    await mergePeople(database.db, as.editor, { keepId: stoltenbergId, mergeId: sunak.speakerId });
    const all = (await listActivity(database.db, as.editor, { limit: 200 })).entries;
    expect(all.find((e) => e.action === "document.import")!.target).toMatchObject({ type: "document", id: documentId });
    expect(all.find((e) => e.action === "user.create")!.target).toMatchObject({ type: "user", name: expect.any(String) });
    expect(all.find((e) => e.action === "token.create")!.target).toMatchObject({ type: "other", targetType: "api_token" });
    expect(all.find((e) => e.action === "person.merge")!.target).toEqual({ type: "person", id: stoltenbergId, name: "Jens Stoltenberg" });
  });

  it("pages back with nextBefore, each event once", async () => {
    const every = (await listActivity(database.db, as.editor, { limit: 200 })).entries.map((e) => e.id);
    const seen: number[] = [];
    let before: number | undefined;
    do {
      const page = await listActivity(database.db, as.editor, { limit: 3, before });
      seen.push(...page.entries.map((e) => e.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    expect(seen).toEqual(every);
  });
});
