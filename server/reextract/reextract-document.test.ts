import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, documents, items, people, type Item } from "@/db/schema.ts";
import { EXTRACTOR } from "@/lib/extract/index.ts";
import { importArticles } from "@/test/articles.ts";
import { itemsOf, storedItem } from "@/test/item-rows.ts";
import { OLDER_EXTRACTOR, olderExtraction } from "@/test/older-extraction.ts";
import { useDatabase } from "@/test/use-database.ts";
import { addCitation } from "../citations/add-citation.ts";
import { getDocument } from "../documents/get-document.ts";
import { addItem } from "../items/add-item.ts";
import { correctItem } from "../items/correct-item.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { reextractDocument } from "./reextract-document.ts";
import { reextractTargets } from "./reextract-targets.ts";

const t = useDatabase();
const source = { url: "https://www.aljazeera.com/news/nato", title: "NATO chief expects more heavy weapons", stance: "supports" };

let ids: { nato: string; health: string };
let imported: { quotes: Item[]; claims: Item[] };
let older: Awaited<ReturnType<typeof olderExtraction>>;
/** Reviewed items, each moved off what the extractor finds first, so only review can keep them as they are. */
let reviewed: { verified: Item; corrected: Item; cited: Item; manual: Item };

const db = () => t.database.db;
const rowsOf = (documentId: string) => db().select().from(items).where(eq(items.documentId, documentId)).orderBy(asc(items.id));
const auditsOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id));

beforeAll(async () => {
  ids = await importArticles(db(), t.as.editor);
  imported = { quotes: await itemsOf(db(), ids.nato, "quote"), claims: await itemsOf(db(), ids.nato, "claim") };
  older = await olderExtraction(db(), ids.nato);
  const [body] = await db().select({ body: documents.body }).from(documents).where(eq(documents.id, ids.nato));
  const respan = async (item: Item, start: number, end: number) =>
    db().update(items).set({ start, end, text: body!.body.slice(start, end) }).where(eq(items.id, item.id));

  const q = imported.quotes[2]!;
  await respan(q, q.start + 3, q.end);
  await addCitation(db(), t.as.reviewer, q.id, source);
  await setVerdict(db(), t.as.reviewer, q.id, { status: "verified", version: 1 });

  const k = imported.quotes[3]!;
  await correctItem(db(), t.as.editor, k.id, { version: 1, kind: k.kind === "direct" ? "indirect" : "direct" });

  // A third of the sentence: the claim found again shares too little to be this one, but overlaps it.
  const c = imported.claims[1]!;
  await respan(c, c.start, c.start + Math.floor((c.end - c.start) / 3));
  await addCitation(db(), t.as.reviewer, c.id, source);

  const { item: manual } = await addItem(db(), t.as.editor, ids.nato, { type: "claim", start: older.invented.start, end: older.invented.end });
  reviewed = {
    verified: await storedItem(db(), q.id),
    corrected: await storedItem(db(), k.id),
    cited: await storedItem(db(), c.id),
    manual: await storedItem(db(), manual.id),
  };
});

describe("reextractDocument, dry run", () => {
  it("plans what the current extractor would change and writes nothing", async () => {
    const before = { items: await rowsOf(ids.nato), document: await db().select().from(documents), audits: await db().select().from(auditEvents) };
    const report = await reextractDocument(db(), t.as.editor, ids.nato);
    expect(report).toMatchObject({ document: { id: ids.nato, title: "NATO dan Ukraina" }, from: OLDER_EXTRACTOR, to: EXTRACTOR, applied: false });
    const { plan } = report;
    expect(plan.change.map((c) => [c.item.id, c.fields])).toEqual([
      [older.respoken.id, ["speaker"]],
      [older.respanned.id, ["span"]],
    ]);
    const [speaker] = await db().select({ name: people.name }).from(people).where(eq(people.id, imported.quotes[0]!.speakerId!));
    expect([plan.change[0]!.item.speaker?.name, plan.change[0]!.to.speaker]).toEqual(["Budi Santoso", speaker!.name]);
    expect(plan.add.map((f) => [f.type, f.start, f.end])).toEqual([["claim", older.dropped.start, older.dropped.end]]);
    expect(plan.remove.map((s) => s.id)).toEqual([older.invented.id]);
    expect(plan.reviewed.map((s) => s.id).sort()).toEqual(Object.values(reviewed).map((r) => r.id).sort());
    expect(plan.heldBack.map((h) => [h.found.start, h.by.id])).toEqual([[reviewed.cited.start, reviewed.cited.id]]);

    expect(await rowsOf(ids.nato)).toEqual(before.items);
    expect(await db().select().from(documents)).toEqual(before.document);
    expect(await db().select().from(auditEvents)).toEqual(before.audits);
  });
});

describe("reextractDocument --apply", () => {
  let before: Item[];
  beforeAll(async () => {
    before = await rowsOf(ids.nato);
  });

  it("adds, removes and changes only unreviewed items, and moves the document to the new version", async () => {
    const report = await reextractDocument(db(), t.as.editor, ids.nato, { apply: true });
    expect(report).toMatchObject({ from: OLDER_EXTRACTOR, to: EXTRACTOR, applied: true });

    const respoken = await storedItem(db(), older.respoken.id);
    expect(respoken).toMatchObject({ speakerId: imported.quotes[0]!.speakerId, start: imported.quotes[0]!.start, version: 2, extractor: EXTRACTOR, status: "pending" });
    const respanned = await storedItem(db(), older.respanned.id);
    expect(respanned).toMatchObject({ start: imported.quotes[1]!.start, end: imported.quotes[1]!.end, text: imported.quotes[1]!.text, version: 2, extractor: EXTRACTOR });
    expect(await storedItem(db(), older.invented.id)).toMatchObject({ removedAt: expect.any(Date), version: 2 });
    const [added] = await db()
      .select()
      .from(items)
      .where(and(eq(items.documentId, ids.nato), eq(items.start, older.dropped.start), eq(items.type, "claim")));
    expect(added).toMatchObject({ end: older.dropped.end, text: older.dropped.text, signals: older.dropped.signals, extractor: EXTRACTOR, status: "pending", version: 1 });
    expect(added!.id).not.toBe(older.dropped.id);

    // Everything else is as it was, to the timestamp: reviewed items and those found again unchanged.
    const touched = new Set([older.respoken.id, older.respanned.id, older.invented.id, added!.id]);
    const after = await rowsOf(ids.nato);
    expect(after.filter((r) => !touched.has(r.id))).toEqual(before.filter((r) => !touched.has(r.id)));
    for (const item of Object.values(reviewed)) expect(await storedItem(db(), item.id)).toEqual(item);

    const [doc] = await db().select().from(documents).where(eq(documents.id, ids.nato));
    expect(doc!.extractor).toBe(EXTRACTOR);
    const { items: live } = await getDocument(db(), t.as.viewer, ids.nato);
    expect(live.map((i) => i.id)).not.toContain(older.invented.id);
  });

  it("writes an audit event for the document and for each item it changed or removed", async () => {
    const [event] = await auditsOf("document.reextract");
    expect(event).toMatchObject({
      actorId: t.as.editor.id,
      targetType: "document",
      targetId: ids.nato,
      before: { extractor: OLDER_EXTRACTOR },
      after: { extractor: EXTRACTOR, added: 1, removed: 1, changed: 2, reviewed: 4 },
    });
    const trail = await auditsOf("item.reextract");
    expect(trail.map((e) => [e.targetId, e.before, e.after])).toEqual([
      [older.respoken.id, { speakerId: older.respoken.speakerId, version: 1 }, { speakerId: imported.quotes[0]!.speakerId, version: 2, extractor: EXTRACTOR }],
      [older.respanned.id, { start: older.respanned.start, end: older.respanned.end, version: 1 }, { start: imported.quotes[1]!.start, end: imported.quotes[1]!.end, version: 2, extractor: EXTRACTOR }],
      [older.invented.id, { version: 1 }, { removedAt: expect.any(String), version: 2, extractor: EXTRACTOR }],
    ]);
  });

  it("re-extracted items are not taken for reviewed ones the next time", async () => {
    const { plan } = await reextractDocument(db(), t.as.editor, ids.nato);
    expect(plan.reviewed.map((s) => s.id).sort()).toEqual(Object.values(reviewed).map((r) => r.id).sort());
    expect([plan.add, plan.remove, plan.change]).toEqual([[], [], []]);
    expect(plan.unchanged.map((s) => s.id)).toEqual(expect.arrayContaining([older.respoken.id, older.respanned.id]));
  });
});

describe("documents already at the current version", () => {
  it("are skipped unless all are asked for", async () => {
    const { extractor, targets, current } = await reextractTargets(db(), t.as.editor);
    expect(extractor).toBe(EXTRACTOR);
    expect(targets).toEqual([]);
    expect(current.map((d) => d.id)).toEqual([ids.nato, ids.health]);
    expect((await reextractTargets(db(), t.as.editor, { all: true })).targets.map((d) => d.id)).toEqual([ids.nato, ids.health]);
    expect((await reextractTargets(db(), t.as.editor, { ids: [ids.health.toUpperCase()], all: true })).targets.map((d) => d.title)).toEqual([
      "British white paper on public health",
    ]);
  });

  it("write nothing when applied again with nothing to change", async () => {
    const audits = await db().select().from(auditEvents);
    const itemRows = await rowsOf(ids.health);
    const report = await reextractDocument(db(), t.as.editor, ids.health, { apply: true });
    expect(report).toMatchObject({ from: EXTRACTOR, to: EXTRACTOR, applied: true, plan: { add: [], remove: [], change: [] } });
    expect(await db().select().from(auditEvents)).toEqual(audits);
    expect(await rowsOf(ids.health)).toEqual(itemRows);
  });
});

describe("who may re-extract", () => {
  it("is editors and up; an unknown or malformed id is a 404 before anything runs", async () => {
    await expect(reextractTargets(db(), t.as.reviewer)).rejects.toMatchObject({ status: 403 });
    await expect(reextractDocument(db(), t.as.reviewer, ids.nato)).rejects.toMatchObject({ status: 403 });
    await expect(reextractTargets(db(), t.as.editor, { ids: [ids.nato, "8d2c6f2e-1111-4c3a-9a53-000000000001"] })).rejects.toMatchObject({
      status: 404,
      message: "Document 8d2c6f2e-1111-4c3a-9a53-000000000001 was not found.",
    });
    await expect(reextractTargets(db(), t.as.editor, { ids: ["nato"] })).rejects.toMatchObject({ status: 404 });
    await expect(reextractDocument(db(), t.as.editor, "nato")).rejects.toMatchObject({ status: 404 });
  });
});
