import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, items } from "@/db/schema.ts";
import { rowsOf } from "@/db/rows.ts";
import { seenBeforeQuery } from "@/lib/items/seen-before-words.ts";
import { sameStatement } from "@/lib/items/similar.ts";
import { scoreThresholds, type LabelledPair } from "@/lib/items/similarity-eval.ts";
import { useDatabase } from "@/test/use-database.ts";
import { addCitation } from "../citations/add-citation.ts";
import { reuseCitations } from "../citations/reuse-citations.ts";
import { importDocument } from "../documents/import-document.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { listQuoteRecords } from "../export/list-quote-records.ts";
import { appearancesOf } from "./appearances.ts";
import { similarItems } from "./similar-items.ts";

const t = useDatabase();

const QUOTE = "We have delivered 40 tonnes of rice and we will keep going until every family is reached";
const article = (title: string, lines: string[]) => ({ title, body: [title, ...lines].join("\n") });

let first: { id: string; version: number };
let second: { id: string };
let nearMiss: { id: string };
let otherSpeaker: { id: string };
beforeAll(async () => {
  const db = t.database.db;
  const quoteOf = async (documentId: string) => (await db.select().from(items).where(and(eq(items.documentId, documentId), eq(items.type, "quote"))))[0]!;
  const a = await importDocument(db, t.as.editor, article("Aid reaches Samarinda", [`"${QUOTE}," said Governor Isran Noor at a press briefing on Tuesday.`]));
  const b = await importDocument(db, t.as.editor, article("Rice for flood victims", [`"${QUOTE}," Governor Isran Noor told reporters.`]));
  const c = await importDocument(db, t.as.editor, article("Aid runs short", [`"We have delivered 4 tonnes of rice and we will keep going until every family is reached," said Governor Isran Noor.`]));
  const d = await importDocument(db, t.as.editor, article("Another voice", [`"${QUOTE}," said Mayor Andi Harun.`]));
  [first, second, nearMiss, otherSpeaker] = await Promise.all([quoteOf(a.document.id), quoteOf(b.document.id), quoteOf(c.document.id), quoteOf(d.document.id)]);
});

describe("the seen-before threshold", () => {
  it("keeps precision and recall at 0.9 or better on the labelled pairs, candidates and threshold as the database runs them", async () => {
    const { pairs } = JSON.parse(readFileSync("test/fixtures/similar-pairs.json", "utf8")) as { pairs: LabelledPair[] };
    const scored = [];
    let retrieved = 0;
    for (const pair of pairs) {
      const config = pair.lang === "id" ? "indonesian" : "english";
      const [{ words }] = rowsOf<{ words: string[] }>(await t.database.db.execute(sql`select tsvector_to_array(to_tsvector(${config}::regconfig, ${pair.a})) as words`)) as [{ words: string[] }];
      const query = seenBeforeQuery(words, () => 0);
      const [row] = rowsOf<{ s: number; found: boolean }>(
        await t.database.db.execute(sql`select similarity(lower(${pair.a}), lower(${pair.b}))::float8 as s, to_tsvector(${config}::regconfig, ${pair.b}) @@ ${query}::tsquery as found`),
      );
      if (row!.found) retrieved++;
      scored.push({ ...pair, score: row!.found && sameStatement(pair.a, pair.b, row!.s) ? 1 : 0 });
    }
    const [chosen] = scoreThresholds(scored, [1]);
    expect(retrieved).toBeGreaterThan(pairs.filter((p) => p.same).length * 0.9);
    expect(chosen!.precision).toBeGreaterThanOrEqual(0.9);
    expect(chosen!.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("similarItems", () => {
  it("lists the same speaker's same quote from another document, with its verdict, reviewer and sources", async () => {
    await addCitation(t.database.db, t.as.reviewer, first.id, { url: "https://example.org/briefing", title: "Briefing", stance: "supports" });
    await setVerdict(t.database.db, t.as.reviewer, first.id, { status: "disputed", version: first.version, note: "Only 30 tonnes arrived" });
    const similar = await similarItems(t.database.db, t.as.viewer, second.id);
    expect(similar).toEqual([
      expect.objectContaining({ id: first.id, status: "disputed", reviewer: t.as.reviewer.name, citations: 1, speaker: "Isran Noor", similarity: expect.any(Number) }),
    ]);
    expect(similar[0]!.similarity).toBeGreaterThan(0.9);
    expect(similar[0]!.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Not the other numbers, not another speaker's words, never the item itself.
    const ids = similar.map((s) => s.id);
    expect(ids).not.toContain(nearMiss.id);
    expect(ids).not.toContain(otherSpeaker.id);
    expect((await similarItems(t.database.db, t.as.viewer, nearMiss.id)).map((s) => s.id)).toEqual([]);
    await expect(similarItems(t.database.db, null, second.id)).rejects.toMatchObject({ status: 401 });
    await expect(similarItems(t.database.db, t.as.viewer, "nope")).rejects.toMatchObject({ status: 404 });
  });

  it("reuses an earlier item's sources with one action: copied once, audited, the verdict left alone", async () => {
    await expect(reuseCitations(t.database.db, t.as.viewer, second.id, { fromItemId: first.id })).rejects.toMatchObject({ status: 403 });
    await expect(reuseCitations(t.database.db, t.as.reviewer, second.id, { fromItemId: "x" })).rejects.toMatchObject({ status: 422 });
    const { citations } = await reuseCitations(t.database.db, t.as.reviewer, second.id, { fromItemId: first.id });
    expect(citations).toEqual([expect.objectContaining({ itemId: second.id, title: "Briefing", url: "https://example.org/briefing", createdBy: t.as.reviewer.id })]);
    expect((await reuseCitations(t.database.db, t.as.reviewer, second.id, { fromItemId: first.id })).citations).toEqual([]);
    const [item] = await t.database.db.select({ status: items.status }).from(items).where(eq(items.id, second.id));
    expect(item!.status).toBe("pending");
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, second.id), eq(auditEvents.action, "citation.add")));
    expect(audit.map((e) => (e.after as { copiedFrom?: string }).copiedFrom)).toEqual([first.id]);
  });

  it("groups one statement across articles: every appearance, the first first, in the quote sheet too", async () => {
    const found = await appearancesOf(t.database.db, [first.id, second.id, nearMiss.id, otherSpeaker.id]);
    expect(found.get(first.id)!.map((a) => a.itemId)).toEqual([first.id, second.id]);
    expect(found.get(second.id)!.map((a) => a.itemId)).toEqual([first.id, second.id]);
    expect(found.get(first.id)![0]).toMatchObject({ documentTitle: "Aid reaches Samarinda", status: "disputed" });
    expect(found.get(nearMiss.id)!.map((a) => a.itemId)).toEqual([nearMiss.id]);
    expect(found.get(otherSpeaker.id)!.map((a) => a.itemId)).toEqual([otherSpeaker.id]);
    const records = await listQuoteRecords(t.database.db, t.as.viewer, { status: "all", speaker: "Isran Noor" }, "http://attest.test");
    const sheet = records.find((r) => r.itemId === second.id)!;
    expect(sheet.appearances.map((a) => [a.itemId, a.verdict])).toEqual([
      [first.id, "disputed"],
      [second.id, "pending"],
    ]);
  });
});
