import "server-only";
import type { Database } from "@/db/client.ts";
import { resumeEntries, retryInterrupted } from "../intake/start-batch.ts";
import { getDatabase } from "../runtime.ts";
import { openQueue, type Queue } from "./queue.ts";
import { startWorker } from "./worker.ts";

const holder = globalThis as typeof globalThis & { __attestQueue?: Promise<Queue> };

/** The app's job queue, opened once per server process on the app's database. */
export function getQueue(): Promise<Queue> {
  holder.__attestQueue ??= getDatabase()
    .then(openQueue)
    .catch((e) => {
      holder.__attestQueue = undefined;
      throw e;
    });
  return holder.__attestQueue;
}

/** Route-handler tests put their own queue (on their own test database) in the singleton's place. */
export function useQueueForTests(queue: Queue | undefined): void {
  holder.__attestQueue = queue && Promise.resolve(queue);
}

/**
 * Whether this server works jobs itself. On the embedded database it must (no other process
 * can open it); on PostgreSQL it does too unless ATTEST_IN_PROCESS_WORKER=0, for set-ups
 * where `npm run worker` processes beside the web servers take all of the work.
 */
export function worksInProcess(database: Database): boolean {
  return database.driver === "pglite" || process.env.ATTEST_IN_PROCESS_WORKER !== "0";
}

/** As the server starts: the queue, jobs a stopped server left unsent, and a worker if it works in-process. */
export async function startJobs(database: Database): Promise<void> {
  const queue = await getQueue();
  // No other process can have the embedded database open: what it left running was this server's.
  if (database.driver === "pglite") await retryInterrupted(database.db, queue);
  await resumeEntries(database.db, queue);
  // Beside the web server's own work, a gentler poll: an idle embedded database is not kept busy.
  if (worksInProcess(database)) await startWorker(database.db, queue, { fetchers: 2, pollingIntervalSeconds: 1 });
}
