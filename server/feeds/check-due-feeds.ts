import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { feeds } from "@/db/schema.ts";
import { FEED_QUEUE, jobPolicy, type Queue } from "../jobs/queue.ts";

/**
 * The schedule's tick: a check job for every feed whose interval has passed. Each is a
 * singleton per feed and per interval, so ticks on several workers send it once.
 */
export async function checkDueFeeds(db: Db, queue: Queue): Promise<number> {
  const due = await db
    .select({ id: feeds.id, everyMinutes: feeds.everyMinutes })
    .from(feeds)
    .where(sql`${feeds.lastRunAt} is null or ${feeds.lastRunAt} < now() - make_interval(mins => ${feeds.everyMinutes}) + interval '30 seconds'`);
  for (const feed of due) await queue.send(FEED_QUEUE, { feedId: feed.id }, { ...jobPolicy(), retryLimit: 0, singletonKey: feed.id, singletonSeconds: feed.everyMinutes * 60 });
  return due.length;
}
