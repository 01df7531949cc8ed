import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { getDocument } from "../documents/get-document.ts";
import { mergePeople } from "../people/merge-people.ts";
import { firstItem } from "@/test/seeded.ts";
import { listAuditEvents } from "../audit/list-audit-events.ts";
import { addCitation } from "../citations/add-citation.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { addItem } from "./add-item.ts";
import { listRemovedItems } from "./list-removed-items.ts";
import { restoreItem } from "./restore-item.ts";
import { correctItem } from "./correct-item.ts";
import { getItem } from "./get-item.ts";
import { listItems } from "./list-items.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();


beforeAll(async () => {
  });

describe("correctItem", () => {
  it("changes the speaker to a new name (adding the person) and bumps the version", async () => {
    const item = await firstItem(t.database, t.as.editor, t.documentId);
    const { item: fixed } = await correctItem(t.database.db, t.as.editor, item.id, { version: item.version, speaker: "Jens  Stoltenberg Jr" });
    expect(fixed).toMatchObject({ speaker: { name: "Jens Stoltenberg Jr" }, version: item.version + 1 });
  });

  it("re-spans an item with its text re-read from the article, and refuses spans outside it", async () => {
    const { document } = await getDocument(t.database.db, t.as.editor, t.documentId);
    const item = await firstItem(t.database, t.as.editor, t.documentId);
    const start = document.body.indexOf("akan ada lebih banyak");
    const { item: fixed } = await correctItem(t.database.db, t.as.editor, item.id, { version: item.version, start: start - 1, end: start + 21 });
    expect(fixed).toMatchObject({ start, end: start + 21, text: "akan ada lebih banyak" });
    const error = await correctItem(t.database.db, t.as.editor, item.id, { version: fixed.version, start: 0, end: document.body.length + 5 }).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
  });

  it("removes a false item: gone from lists, kept in the table", async () => {
    const claim = await firstItem(t.database, t.as.editor, t.documentId, "claim");
    await correctItem(t.database.db, t.as.editor, claim.id, { version: claim.version, removed: true });
    const { items } = await listItems(t.database.db, t.as.viewer, { documentId: t.documentId });
    expect(items.map((i) => i.id)).not.toContain(claim.id);
    await expect(getItem(t.database.db, t.as.viewer, claim.id)).rejects.toMatchObject({ status: 404 });
  });

  it("restores a removed item with its verdict and citations, audited, and only for editors", async () => {
    const claim = await firstItem(t.database, t.as.editor, t.documentId, "claim");
    await addCitation(t.database.db, t.as.reviewer, claim.id, { url: "https://example.org/source", title: "Source", stance: "supports" });
    const { item: verified } = await setVerdict(t.database.db, t.as.reviewer, claim.id, { status: "verified", version: claim.version });
    await correctItem(t.database.db, t.as.editor, claim.id, { version: verified.version, removed: true });
    const [removed] = await listRemovedItems(t.database.db, t.as.editor, t.documentId);
    expect(removed).toMatchObject({ id: claim.id, status: "verified", version: verified.version + 1 });
    await expect(listRemovedItems(t.database.db, t.as.reviewer, t.documentId)).rejects.toMatchObject({ status: 403 });
    await expect(restoreItem(t.database.db, t.as.reviewer, claim.id, removed!.version)).rejects.toMatchObject({ status: 403 });
    await expect(restoreItem(t.database.db, t.as.editor, claim.id, removed!.version - 1)).rejects.toMatchObject({ status: 409 });

    // Over the API's PATCH as well: `removed: false` on its own.
    await expect(correctItem(t.database.db, t.as.editor, claim.id, { version: removed!.version, removed: false, kind: "direct" })).rejects.toMatchObject({ status: 422 });
    const { item: back } = await correctItem(t.database.db, t.as.editor, claim.id, { version: removed!.version, removed: false });
    expect(back).toMatchObject({ id: claim.id, status: "verified", version: removed!.version + 1 });
    const detail = await getItem(t.database.db, t.as.viewer, claim.id);
    expect(detail.citations.map((c) => c.title)).toEqual(["Source"]);
    expect((await listRemovedItems(t.database.db, t.as.editor, t.documentId)).map((i) => i.id)).not.toContain(claim.id);
    await expect(restoreItem(t.database.db, t.as.editor, claim.id, back.version)).rejects.toMatchObject({ status: 422 });
    const { events } = await listAuditEvents(t.database.db, t.as.editor, { targetType: "item", targetId: claim.id });
    expect(events.map((e) => e.action)).toContain("item.restore");
  });

  it("refuses a kind on a claim, a stale version and reviewers", async () => {
    const claim = await firstItem(t.database, t.as.editor, t.documentId, "claim");
    await expect(correctItem(t.database.db, t.as.editor, claim.id, { version: claim.version, kind: "direct" })).rejects.toMatchObject({ status: 422 });
    const quote = await firstItem(t.database, t.as.editor, t.documentId);
    await expect(correctItem(t.database.db, t.as.editor, quote.id, { version: 1, kind: "direct" })).rejects.toMatchObject({ status: 409 });
    await expect(correctItem(t.database.db, t.as.reviewer, quote.id, { version: quote.version, kind: "direct" })).rejects.toMatchObject({ status: 403 });
  });
});

describe("addItem and mergePeople", () => {
  it("adds a missed quote from a selected span, trimmed to its words", async () => {
    const { document } = await getDocument(t.database.db, t.as.editor, t.documentId);
    const start = document.body.indexOf("Polandia dan Finlandia");
    const { item } = await addItem(t.database.db, t.as.editor, t.documentId, { type: "quote", kind: "indirect", start: start - 1, end: start + 22, speaker: "Polandia" });
    expect(item).toMatchObject({ text: "Polandia dan Finlandia", start, type: "quote", speaker: { name: "Polandia" } });
  });

  it("merges two people: aliases kept, items moved, the other removed", async () => {
    const [keep] = await t.database.db.select().from(people).where(eq(people.name, "Volodymyr Zelenskyy"));
    const { item } = await addItem(t.database.db, t.as.editor, t.documentId, { type: "quote", kind: "direct", start: 0, end: 10, speaker: "Zelensky" });
    const [merge] = await t.database.db.select().from(people).where(eq(people.name, "Zelensky"));
    const { person, itemsMoved } = await mergePeople(t.database.db, t.as.editor, { keepId: keep!.id, mergeId: merge!.id });
    expect(person.aliases).toContain("Zelensky");
    expect(itemsMoved).toBe(1);
    expect((await getItem(t.database.db, t.as.viewer, item.id)).item.speaker?.name).toBe("Volodymyr Zelenskyy");
    expect(await t.database.db.select().from(people).where(eq(people.id, merge!.id))).toEqual([]);
  });
});
