import "server-only";
import type { Db } from "@/db/client.ts";
import { checkDueFeeds } from "../feeds/check-due-feeds.ts";
import { checkFeed } from "../feeds/check-feed.ts";
import { runTextJobs, runUrlJob, settleFailedJobs, type EntryJob } from "../intake/import-jobs.ts";
import { FEED_QUEUE, FEEDS_DUE_QUEUE, TEXT_QUEUE, URL_QUEUE, type Queue } from "./queue.ts";

export interface WorkerOptions {
  /** Text articles taken at once and written in one transaction (each still all-or-nothing). */
  batchSize?: number;
  /** Pages fetched at the same time: each mostly waits on a remote site. */
  fetchers?: number;
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
}

/**
 * Takes import jobs from the queue until the queue is stopped. Several of these, in one
 * process or on several machines, share the jobs: pg-boss hands each to one of them
 * (SELECT … FOR UPDATE SKIP LOCKED).
 */
export async function startWorker(db: Db, queue: Queue, options: WorkerOptions = {}): Promise<void> {
  const { batchSize = 25, fetchers = 4, pollingIntervalSeconds = 0.5 } = options;
  // pg-boss waits out its polling interval after each batch; a full batch means more is waiting, so it is asked not to.
  const texts: string = await queue.work<EntryJob>(TEXT_QUEUE, { batchSize, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
    await runTextJobs(db, jobs).catch((err) => settleFailedJobs(db, jobs, err));
    if (jobs.length === batchSize) queue.notifyWorker(texts);
  });
  await queue.work<{ feedId: string }>(FEED_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => void (await checkFeed(db, queue, job!.data.feedId)));
  await queue.work(FEEDS_DUE_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(pollingIntervalSeconds, 2) }, async () => void (await checkDueFeeds(db, queue)));
  for (let i = 0; i < fetchers; i++) {
    await queue.work<EntryJob>(URL_QUEUE, { batchSize: 1, pollingIntervalSeconds, includeMetadata: true }, ([job]) => runUrlJob(db, job!).catch((err) => settleFailedJobs(db, [job!], err)));
  }
}
