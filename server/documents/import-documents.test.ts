import { readFileSync } from "node:fs";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchArticle, benchSources } from "@/bench/import-corpus.ts";
import type { Database, Db } from "@/db/client.ts";
import { auditEvents, documents, items, people } from "@/db/schema.ts";
import type { Actor } from "../actor.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { importOneByOne } from "@/test/one-by-one-import.ts";
import { importDocuments, type ImportOutcome } from "./import-document.ts";

const sources = benchSources(".");
const seed = readFileSync("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt", "utf8");

// Every fixture twice over with speakers that recur across articles, the same article twice
// (re-wrapped), an article already imported, a bad input among good ones, and English.
const articles = Array.from({ length: 45 }, (_, n) => benchArticle(sources, n));
const inputs: unknown[] = [
  ...articles.slice(0, 20).map((a) => ({ title: a.name, body: a.text, sourceName: "Wire", publishedAt: "2024-03-05" })),
  { title: "Twin", body: `${articles[3]!.text.replace(/\n/g, "\r\n")}\n\n` },
  { title: " ", body: "", sourceUrl: "javascript:alert(1)" },
  { title: "Already there", body: seed },
  ...articles.slice(20).map((a) => ({ title: a.name, body: a.text, language: a.name.includes("-en-") ? ("en" as const) : undefined })),
  { title: "Short", body: '"We will build 40 schools," said Governor Jane Smith.' },
];

/** Everything an import writes, without ids and times: documents in list order, items by span. */
async function contents(db: Db, editor: Actor) {
  const who = (id: string | null) => (id === editor.id ? "the editor" : id);
  const docs = await db.select().from(documents).orderBy(asc(documents.createdAt), asc(documents.id));
  const hashOf = new Map(docs.map((d) => [d.id, d.contentHash]));
  const persons = await db.select().from(people);
  const nameOf = new Map(persons.map((p) => [p.id, p.name]));
  const rows = await db.select().from(items);
  const audits = await db.select().from(auditEvents).orderBy(asc(auditEvents.id));
  return {
    documents: docs.map((d) => [d.title, d.body, d.contentHash, d.sourceName, d.sourceUrl, d.publishedAt, d.language, d.extractor, who(d.createdBy)]),
    items: rows
      .map((r) => [hashOf.get(r.documentId), r.type, r.start, r.end, r.kind, r.text, r.speakerId && nameOf.get(r.speakerId), r.speakerMention, r.cue, r.score, r.signals, r.status, r.version, r.extractor])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    people: persons.map((p) => [p.name, p.kind, p.title, p.aliases]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    audit: audits.map((a) => [a.action, who(a.actorId), a.targetType, hashOf.get(a.targetId), a.before, a.after]),
  };
}

/** An outcome without ids and times, for comparing. */
const plain = (o: ImportOutcome) =>
  "error" in o ? { error: o.error.status, fields: o.error.fields } : { title: o.result.document.title, duplicate: o.result.duplicate, counts: o.result.counts };

async function prepared(): Promise<{ database: Database; editor: Actor; viewer: Actor }> {
  const database = await openTestDatabase();
  const { editor, viewer } = await actors(database.db);
  // Known before the batch: a speaker without a title (in other letter case), and the seed article.
  await database.db.insert(people).values({ name: "JENS STOLTENBERG", kind: "person" });
  await importOneByOne(database.db, editor, { title: "Already there", body: seed });
  return { database, editor, viewer };
}

describe("importDocuments, a batch", () => {
  let oneByOne: Awaited<ReturnType<typeof prepared>>;
  let batched: Awaited<ReturnType<typeof prepared>>;
  beforeAll(async () => {
    [oneByOne, batched] = [await prepared(), await prepared()];
  });
  afterAll(async () => {
    await oneByOne.database.close();
    await batched.database.close();
  });

  it("stores what importing the articles one by one stored before batching, and gives the same outcomes", async () => {
    const before: ImportOutcome[] = [];
    for (const input of inputs) {
      before.push(
        await importOneByOne(oneByOne.database.db, oneByOne.editor, input).then(
          (result) => ({ result }),
          (error) => ({ error }),
        ),
      );
    }
    // Two batches, so an article of the second can be a duplicate of one in the first.
    const after = [
      ...(await importDocuments(batched.database.db, batched.editor, inputs.slice(0, 30))),
      ...(await importDocuments(batched.database.db, batched.editor, [...inputs.slice(30), inputs[5]])),
    ];
    expect(after.map(plain)).toEqual([...before.map(plain), { ...plain(before[5]!), duplicate: true }]);
    expect(after.filter((o) => "result" in o && o.result.duplicate)).toHaveLength(3);

    const [want, got] = [await contents(oneByOne.database.db, oneByOne.editor), await contents(batched.database.db, batched.editor)];
    expect(got.documents).toEqual(want.documents);
    expect(got.items).toEqual(want.items);
    expect(got.people).toEqual(want.people);
    expect(got.audit).toEqual(want.audit);
    // What the comparison covers: recurring speakers, a title lent to a person known without one.
    expect(want.documents).toHaveLength(inputs.length - 2);
    expect(want.people).toContainEqual(["JENS STOLTENBERG", "person", "Sekretaris Jenderal NATO", []]);
    expect(want.items.filter((i) => i[6]).length).toBeGreaterThan(300);
  }, 120_000);

  it("gives nothing to do for no inputs, and the same documents again as duplicates", async () => {
    expect(await importDocuments(batched.database.db, batched.editor, [])).toEqual([]);
    const again = await importDocuments(batched.database.db, batched.editor, inputs.slice(0, 3));
    expect(again.map((o) => "result" in o && o.result.duplicate)).toEqual([true, true, true]);
  });

  it("refuses a viewer before reading anything", async () => {
    await expect(importDocuments(batched.database.db, batched.viewer, inputs)).rejects.toMatchObject({ status: 403 });
  });
});
