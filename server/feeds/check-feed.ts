import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { feeds, feedStories, intakeBatches, intakeEntries } from "@/db/schema.ts";
import { readFeed, type ReadFeed } from "@/lib/intake/read-feed.ts";
import { httpUrl } from "@/lib/validations/fields.ts";
import { AppError, UrlRefusedError } from "../errors.ts";
import { fetchPage, PAGE_TYPES } from "../intake/fetch-page.ts";
import { sendJobs } from "../intake/start-batch.ts";
import type { Queue } from "../jobs/queue.ts";

/** What feeds are served as: their own types, generic XML and JSON, and (wrongly, but often) HTML or text. */
export const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
  ...PAGE_TYPES,
] as const;

// A first check takes the newest stories only, not a feed's whole archive; a later one at most
// a busy wire's day, so a feed that renames its stories on every read cannot flood the queue.
const FIRST_CHECK_MAX = 50;
const MAX_PER_CHECK = 200;

/** A feed fetched safely and read; refused with a reason when it is not a feed. */
export async function fetchFeed(url: string): Promise<ReadFeed> {
  const page = await fetchPage(url, { accept: FEED_TYPES });
  try {
    return readFeed(page.text, page.url);
  } catch {
    throw new UrlRefusedError("That address is not an RSS, Atom or JSON feed. Open the site's feed link (often /feed or /rss) and copy its address.");
  }
}

/**
 * Checks one feed: its stories not seen before become a batch of address entries and their
 * jobs (each fetched and imported like a pasted link), written with the stories seen in one
 * transaction so a story is never taken twice nor lost. The feed keeps the check's time and
 * what it found, or why it failed.
 */
export async function checkFeed(db: Db, queue: Queue, feedId: string): Promise<{ found: number; batchId: string | null }> {
  const [feed] = await db.select().from(feeds).where(eq(feeds.id, feedId));
  if (!feed) return { found: 0, batchId: null };
  let read: ReadFeed;
  try {
    read = await fetchFeed(feed.url);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await db.update(feeds).set({ lastRunAt: sql`now()`, lastError: err.message, lastFound: 0 }).where(eq(feeds.id, feedId));
    return { found: 0, batchId: null };
  }
  const first = feed.lastRunAt === null;
  const stories = read.entries.filter((e) => httpUrl.safeParse(e.link).success).slice(0, first ? FIRST_CHECK_MAX : MAX_PER_CHECK);
  const { batchId, entries } = await db.transaction(async (tx) => {
    const fresh = stories.length
      ? await tx
          .insert(feedStories)
          .values(stories.map((s) => ({ feedId, key: s.key, link: s.link })))
          .onConflictDoNothing()
          .returning({ link: feedStories.link })
      : [];
    await tx.update(feeds).set({ lastRunAt: sql`now()`, lastError: null, lastFound: fresh.length, ...(read.title && first ? { title: read.title.slice(0, 300) } : {}) }).where(eq(feeds.id, feedId));
    if (fresh.length === 0) return { batchId: null, entries: [] };
    const label = `${feed.title}: ${fresh.length === 1 ? "1 new story" : `${fresh.length} new stories`}`;
    const [batch] = await tx.insert(intakeBatches).values({ kind: "feed", label, feedId, createdBy: feed.createdBy }).returning();
    const rows = await tx
      .insert(intakeEntries)
      .values(fresh.map((s, position) => ({ batchId: batch!.id, position, label: s.link, payload: { kind: "url" as const, actorId: feed.createdBy, url: s.link } })))
      .returning({ id: intakeEntries.id });
    return { batchId: batch!.id, entries: rows };
  });
  await sendJobs(queue, entries.map((e) => ({ id: e.id, kind: "url" as const })));
  return { found: entries.length, batchId };
}
