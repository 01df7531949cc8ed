import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { documents, intakeEntries, users } from "@/db/schema.ts";
import { OPERATOR } from "@/server/actor.ts";
import { createUser } from "@/server/users/create-user.ts";
import { useDatabase } from "@/test/use-database.ts";
import { useIntake } from "@/test/use-intake.ts";
import type { Queue } from "../jobs/queue.ts";
import { getBatch, type BatchView } from "./get-batch.ts";
import { runTextJobs, settleFailedJobs } from "./import-jobs.ts";
import { resumeEntries, startBatch } from "./start-batch.ts";

const t = useDatabase();
// A site that fails is tried twice, a second apart, rather than four times over 35 s.
const intake = useIntake(t, { ATTEST_JOB_RETRIES: "1", ATTEST_JOB_RETRY_DELAY: "1" });

async function finished(batchId: string, timeoutMs = 30_000): Promise<BatchView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const batch = await getBatch(t.database.db, t.as.editor, batchId);
    if (batch.finished) return batch;
    if (Date.now() > until) throw new Error(`batch still running: ${JSON.stringify(batch.counts)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const story = (n: number) => `Harbour story ${n}\n"We will reopen berth ${n} on Monday," harbour master Lena Vos said on ${n} May.\nThe port handled ${n * 100} containers.`;

describe("a bulk import of files", () => {
  it("imports each file as its own job, with a result for every one: imported, duplicate, failed and why", async () => {
    const { batchId } = await startBatch(t.database.db, intake.queue, t.as.editor, {
      kind: "files",
      sourceName: "Harbour Wire",
      files: [
        { name: "one.txt", body: story(1) },
        { name: "two.html", format: "html", body: `<html><head><title>Berth two</title></head><body><nav>Home</nav><p>${story(2)}</p></body></html>` },
        { name: "again.txt", body: story(1) },
        { name: "empty.txt", body: "\n  \n" },
        { name: "huge.txt", body: "x".repeat(1_000_001) },
      ],
    });
    const batch = await finished(batchId);
    expect(batch.label).toBe("5 files");
    expect(batch.counts).toMatchObject({ total: 5, imported: 2, duplicate: 1, failed: 2, queued: 0, running: 0 });
    const [one, two, again, empty, huge] = batch.entries;
    expect(one).toMatchObject({ label: "one.txt", status: "imported", document: { title: "Harbour story 1" } });
    expect(two).toMatchObject({ status: "imported", document: { title: "Berth two" } });
    expect(again).toMatchObject({ status: "duplicate", document: { id: one!.document!.id } });
    expect(empty).toMatchObject({ status: "failed", reason: "There is no article text in this file.", attempts: 0 });
    expect(huge).toMatchObject({ status: "failed", reason: expect.stringContaining("larger than 1 MB") });
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.id, one!.document!.id));
    expect(doc).toMatchObject({ sourceName: "Harbour Wire", language: "en" });
    // The work is dropped once done: the queue's copy of a body is not kept for ever.
    const left = await t.database.db.select({ n: count() }).from(intakeEntries).where(eq(intakeEntries.batchId, batchId));
    expect(left[0]!.n).toBe(5);
    const payloads = await t.database.db.select({ payload: intakeEntries.payload }).from(intakeEntries).where(eq(intakeEntries.batchId, batchId));
    expect(payloads.every((p) => p.payload === null)).toBe(true);
  }, 60_000);

  it("is for editors", async () => {
    await expect(startBatch(t.database.db, intake.queue, t.as.reviewer, { kind: "urls", urls: ["https://x.example/"] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(startBatch(t.database.db, intake.queue, t.as.editor, { kind: "files", files: [] })).rejects.toMatchObject({ code: "validation", fields: { files: ["Choose at least one file."] } });
  });
});

describe("a bulk import of addresses", () => {
  it("fetches each page; a refused page fails at once with its reason, an unreachable one after its retries", async () => {
    const { batchId } = await startBatch(t.database.db, intake.queue, t.as.editor, {
      kind: "urls",
      urls: [`${intake.site.origin}/kompas-like.html`, `${intake.site.origin}/`, "not a link", `${intake.site.origin}/broken`],
    });
    const batch = await finished(batchId);
    const [kompas, front, bad, broken] = batch.entries;
    expect(kompas).toMatchObject({ status: "imported", attempts: 1, document: { title: "Menteri Perdagangan Janji Harga Beras Turun Sebelum Lebaran" } });
    expect(front).toMatchObject({ status: "failed", attempts: 1, reason: expect.stringContaining("no article on that page") });
    expect(bad).toMatchObject({ label: "not a link", status: "failed", reason: "Enter a web address starting with http:// or https://." });
    expect(broken).toMatchObject({ status: "failed", attempts: 2, reason: expect.stringContaining("answered 500") });
    expect(intake.site.hits.get("/broken")).toBe(2);
  }, 60_000);
});

describe("jobs are safe to run again", () => {
  it("a job run twice imports its article once", async () => {
    const failing = { insert: async () => Promise.reject(new Error("the server stopped")) } as unknown as Queue;
    // The batch is written, then the server stops before its jobs are sent.
    await expect(startBatch(t.database.db, failing, t.as.editor, { kind: "files", files: [{ name: "lost.txt", body: story(3) }] })).rejects.toThrow("the server stopped");
    const [entry] = await t.database.db.select().from(intakeEntries).where(eq(intakeEntries.label, "lost.txt"));
    expect(entry).toMatchObject({ status: "queued" });

    const job = { id: entry!.id, name: "intake-text", data: { entryId: entry!.id } } as never;
    await runTextJobs(t.database.db, [job]);
    await runTextJobs(t.database.db, [job]);
    const [after] = await t.database.db.select().from(intakeEntries).where(eq(intakeEntries.id, entry!.id));
    expect(after).toMatchObject({ status: "imported", attempts: 1 });
    expect((await t.database.db.select({ n: count() }).from(documents).where(eq(documents.title, "Harbour story 3")))[0]!.n).toBe(1);
  });

  it("entries whose jobs were never sent are sent again as a worker starts, and run", async () => {
    const failing = { insert: async () => Promise.reject(new Error("the server stopped")) } as unknown as Queue;
    await expect(startBatch(t.database.db, failing, t.as.editor, { kind: "files", files: [{ name: "resumed.txt", body: story(4) }] })).rejects.toThrow("the server stopped");
    const [entry] = await t.database.db.select().from(intakeEntries).where(eq(intakeEntries.label, "resumed.txt"));
    expect(await resumeEntries(t.database.db, intake.queue, 0)).toBeGreaterThanOrEqual(1);
    const batch = await finished(entry!.batchId);
    expect(batch.entries[0]).toMatchObject({ status: "imported", document: { title: "Harbour story 4" } });
  }, 60_000);

  it("a job that throws says so on its entry: trying again while tries are left, failed on the last", async () => {
    const failing = { insert: async () => {} } as unknown as Queue;
    const { batchId } = await startBatch(t.database.db, failing, t.as.editor, { kind: "files", files: [{ name: "x.txt", body: story(5) }, { name: "y.txt", body: story(6) }] });
    const [x, y] = (await getBatch(t.database.db, t.as.editor, batchId)).entries;
    const job = (entryId: string, retryCount: number) => ({ id: entryId, name: "intake-text", data: { entryId }, retryCount, retryLimit: 1 }) as never;
    await expect(settleFailedJobs(t.database.db, [job(x!.id, 0), job(y!.id, 1)], new Error("connection refused"))).rejects.toThrow("connection refused");
    const after = (await getBatch(t.database.db, t.as.editor, batchId)).entries;
    expect(after[0]).toMatchObject({ status: "queued", reason: "The import failed (connection refused). Trying again shortly." });
    expect(after[1]).toMatchObject({ status: "failed", reason: "The import failed (connection refused). Import this article again." });
  });

  it("an owner demoted meanwhile: the entries fail saying why, rather than running for ever", async () => {
    const held = { insert: async () => {} } as unknown as Queue;
    const editor = await createUser(t.database.db, OPERATOR, { email: "demoted@test.local", role: "editor", password: "demoted-password-123" });
    const { batchId } = await startBatch(t.database.db, held, { id: editor.id, email: editor.email, name: editor.name, role: "editor" }, { kind: "files", files: [{ name: "z.txt", body: story(7) }] });
    await t.database.db.update(users).set({ role: "reviewer" }).where(eq(users.id, editor.id));
    const [entry] = (await getBatch(t.database.db, t.as.editor, batchId)).entries;
    await runTextJobs(t.database.db, [{ id: entry!.id, name: "intake-text", data: { entryId: entry!.id } } as never]);
    expect((await getBatch(t.database.db, t.as.editor, batchId)).entries[0]).toMatchObject({ status: "failed", reason: "The account that started this import is now a reviewer and may not import documents." });
  });
});
