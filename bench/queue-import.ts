import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client.ts";
import { OPERATOR } from "@/server/actor.ts";
import { startBatch } from "@/server/intake/start-batch.ts";
import { openQueue } from "@/server/jobs/queue.ts";
import { search } from "@/server/search/search.ts";
import { MAX_BATCH_ENTRIES } from "@/lib/validations/bulk-import.ts";

export interface QueueRun {
  /** From sending the batch to the last entry finished. */
  importMs: number;
  /** From sending the batch to the last article found by the app's search. */
  searchableMs: number;
}

/**
 * The articles imported through the job queue into the database at `url`: `workers` processes
 * of `npm run worker`, started and ready before the clock starts; the batches sent as the bulk
 * import page sends them (startBatch), then the entries watched until none is left to do.
 */
export async function importThroughQueue(root: string, url: string, articles: { name: string; body: string }[], lastPhrase: string, workers: number): Promise<QueueRun> {
  const database = await openDatabase({ url });
  const queue = await openQueue(database);
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < workers; i++) children.push(await startWorkerProcess(root, url));
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i += MAX_BATCH_ENTRIES) {
      await startBatch(database.db, queue, OPERATOR, { kind: "files", files: articles.slice(i, i + MAX_BATCH_ENTRIES).map((a) => ({ name: a.name, body: a.body })) });
    }
    for (;;) {
      const [row] = (await database.db.execute(sql`select count(*)::int as n from intake_entries where status in ('queued', 'running')`)) as unknown as { n: number }[];
      if (row!.n === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const importMs = performance.now() - t0;
    const [failed] = (await database.db.execute(sql`select count(*)::int as n from intake_entries where status <> 'imported'`)) as unknown as { n: number }[];
    if (failed!.n > 0) throw new Error(`${failed!.n} entries were not imported`);
    const found = await search(database.db, OPERATOR, { q: `"${lastPhrase}"`, type: "document" });
    if (found.results.length === 0) throw new Error(`the last article ("${lastPhrase}") is not found by search`);
    return { importMs, searchableMs: performance.now() - t0 };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    await queue.stop({ graceful: false, wait: true });
    await database.close();
  }
}

function startWorkerProcess(root: string, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: undefined, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`a worker exited with ${code} before it was ready: ${out}`)));
  });
}
