/**
 * `npm run worker`: a process that works import jobs from the queue on PostgreSQL
 * (DATABASE_URL), beside the web servers. Start as many as the load needs, on as many
 * machines: pg-boss hands each job to one of them. Stops cleanly on Ctrl-C or SIGTERM,
 * finishing the jobs in hand; a worker killed outright has its jobs retried by the others.
 */
import { openDatabase } from "@/db/client.ts";
import { openQueue } from "@/server/jobs/queue.ts";
import { startWorker } from "@/server/jobs/worker.ts";
import { resumeEntries } from "@/server/intake/start-batch.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("attest: npm run worker needs DATABASE_URL. On the embedded database the server works its jobs itself: npm start is enough.");
  process.exit(1);
}

const database = await openDatabase({ url });
const queue = await openQueue(database);
const resent = await resumeEntries(database.db, queue);
await startWorker(database.db, queue, {
  batchSize: Number(process.env.ATTEST_WORKER_BATCH ?? 25),
  fetchers: Number(process.env.ATTEST_WORKER_FETCHERS ?? 4),
});
console.log(`attest: worker ${process.pid} ready${resent ? ` (sent ${resent} unfinished jobs again)` : ""}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`attest: worker ${process.pid} stopping (${signal}), finishing the jobs in hand`);
  await queue.stop({ graceful: true, wait: true, timeout: 30_000 });
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
