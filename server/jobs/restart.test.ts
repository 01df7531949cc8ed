import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { intakeEntries } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { getBatch } from "../intake/get-batch.ts";
import { retryInterrupted, startBatch } from "../intake/start-batch.ts";
import { openQueue, TEXT_QUEUE } from "./queue.ts";
import { startWorker } from "./worker.ts";

const t = useDatabase();

describe("a restart of the server that works the jobs", () => {
  it("retries the articles it was importing when it stopped, without waiting for their jobs to expire", async () => {
    Object.assign(process.env, { ATTEST_JOB_RETRY_DELAY: "1" });
    const queue = await openQueue(t.database);
    try {
      const { batchId } = await startBatch(t.database.db, queue, t.as.editor, {
        kind: "files",
        files: [{ name: "cut-off.txt", body: 'Ferry service resumes\n"The first boat leaves at six," the harbour office said on Sunday.' }],
      });
      // The stopped server had taken the job and marked its entry, then died.
      const [job] = await queue.fetch(TEXT_QUEUE);
      expect(job).toBeDefined();
      await t.database.db.update(intakeEntries).set({ status: "running", attempts: 1 }).where(eq(intakeEntries.batchId, batchId));

      expect(await retryInterrupted(t.database.db, queue)).toBe(1);
      expect((await queue.getJobById(TEXT_QUEUE, job!.id))!.state).toBe("retry");
      await startWorker(t.database.db, queue, { pollingIntervalSeconds: 0.5 });
      let batch = await getBatch(t.database.db, t.as.editor, batchId);
      for (let i = 0; i < 100 && !batch.finished; i++) {
        await new Promise((r) => setTimeout(r, 100));
        batch = await getBatch(t.database.db, t.as.editor, batchId);
      }
      expect(batch.entries[0]).toMatchObject({ status: "imported", attempts: 2, document: { title: "Ferry service resumes" } });
    } finally {
      await queue.stop({ graceful: false, wait: true });
      delete process.env.ATTEST_JOB_RETRY_DELAY;
    }
  }, 60_000);
});
