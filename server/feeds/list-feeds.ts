import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { feeds, intakeBatches, intakeEntries } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";

export interface FeedView {
  id: string;
  url: string;
  title: string;
  everyMinutes: number;
  lastRunAt: string | null;
  lastError: string | null;
  lastFound: number | null;
  /** What its stories became, over every check. */
  counts: { imported: number; duplicate: number; failed: number; waiting: number };
  /** The latest check that found something: its page has the per-story results. */
  lastBatchId: string | null;
}

/** The feeds page: every subscription, its last check and what its stories became. */
export async function listFeeds(db: Db, actor: Actor | null): Promise<FeedView[]> {
  requireRole(actor, "editor", "see feeds");
  const rows = await db
    .select({
      feed: feeds,
      imported: sql<number>`count(${intakeEntries.id}) filter (where ${intakeEntries.status} = 'imported')`.mapWith(Number),
      duplicate: sql<number>`count(${intakeEntries.id}) filter (where ${intakeEntries.status} = 'duplicate')`.mapWith(Number),
      failed: sql<number>`count(${intakeEntries.id}) filter (where ${intakeEntries.status} = 'failed')`.mapWith(Number),
      waiting: sql<number>`count(${intakeEntries.id}) filter (where ${intakeEntries.status} in ('queued', 'running'))`.mapWith(Number),
      lastBatchId: sql<string | null>`(select b.id from ${intakeBatches} b where b.feed_id = ${feeds.id} order by b.created_at desc limit 1)`,
    })
    .from(feeds)
    .leftJoin(intakeBatches, eq(intakeBatches.feedId, feeds.id))
    .leftJoin(intakeEntries, eq(intakeEntries.batchId, intakeBatches.id))
    .groupBy(feeds.id)
    .orderBy(asc(feeds.title));
  return rows.map(({ feed, lastBatchId, ...counts }) => ({
    id: feed.id,
    url: feed.url,
    title: feed.title,
    everyMinutes: feed.everyMinutes,
    lastRunAt: feed.lastRunAt?.toISOString() ?? null,
    lastError: feed.lastError,
    lastFound: feed.lastFound,
    counts,
    lastBatchId,
  }));
}
