import { spawn, type ChildProcess } from "node:child_process";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, items } from "@/db/schema.ts";
import { onPostgres } from "@/test/database.ts";
import { ROOT } from "@/test/run-attest.ts";
import { useDatabase } from "@/test/use-database.ts";
import { getBatch } from "../intake/get-batch.ts";
import { startBatch } from "../intake/start-batch.ts";
import { openQueue, type Queue } from "./queue.ts";

// `npm run worker` processes on PostgreSQL, one killed in the middle of writing an article.
// (On the embedded database there is no worker process to kill: the server works its jobs.)
const t = useDatabase();
let queue: Queue;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  if (!onPostgres()) return;
  process.env.ATTEST_JOB_EXPIRE_SECONDS = "3";
  queue = await openQueue(t.database);
}, 60_000);
afterAll(async () => {
  for (const w of workers) w.kill("SIGKILL");
  await queue?.stop({ graceful: false, wait: true });
  delete process.env.ATTEST_JOB_EXPIRE_SECONDS;
});

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.database.url, ATTEST_JOB_EXPIRE_SECONDS: "3" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  workers.push(child);
  return child;
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ARTICLE = {
  name: "killed.txt",
  body: 'Dock strike enters day nine\n"We will hold out until the pension offer is in writing," union leader Marta Silva said on Monday.\nAbout 2,000 workers have joined the strike, according to the union.',
};

describe.skipIf(!onPostgres())("a worker killed mid-job", () => {
  it("leaves no half-imported article, and another worker retries the job to the end", async () => {
    const { batchId } = await startBatch(t.database.db, queue, t.as.editor, { kind: "files", files: [ARTICLE] });

    // Hold the items table so the worker stops inside its transaction, its document written and its items not.
    const blocker = postgres(t.database.url!, { max: 2, onnotice: () => {} });
    const hold = await blocker.reserve();
    await hold`begin`;
    await hold`lock table items in exclusive mode`;
    const first = startWorkerProcess();
    await waitFor("the worker to wait inside its transaction", async () => {
      const [row] = await blocker`select 1 from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%insert into "items"%'`;
      return row;
    });
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    await hold`commit`;
    hold.release();

    const [entry] = (await getBatch(t.database.db, t.as.editor, batchId)).entries;
    expect(entry).toMatchObject({ status: "running", attempts: 1, document: null });
    // The dead worker's backend goes with its connection: its uncommitted rows never appear.
    await waitFor("the killed worker's session to end", async () => (await blocker`select count(*)::int as n from pg_stat_activity where pid <> pg_backend_pid() and state <> 'idle' and query ilike '%insert into "items"%'`)[0]!.n === 0);
    expect(await t.database.db.select().from(documents).where(eq(documents.title, "Dock strike enters day nine"))).toEqual([]);
    await blocker.end();

    startWorkerProcess();
    const batch = await waitFor("the job to be retried and finished", async () => {
      const b = await getBatch(t.database.db, t.as.editor, batchId);
      return b.finished && b;
    });
    expect(batch.entries[0]).toMatchObject({ status: "imported", attempts: 2, document: { title: "Dock strike enters day nine" } });
    const docs = await t.database.db.select().from(documents).where(eq(documents.title, "Dock strike enters day nine"));
    expect(docs).toHaveLength(1);
    const stored = await t.database.db.select().from(items).where(eq(items.documentId, docs[0]!.id));
    expect(stored.some((i) => i.type === "quote" && i.text.includes("We will hold out"))).toBe(true);
  }, 90_000);
});
