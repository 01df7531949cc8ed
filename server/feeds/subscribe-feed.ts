import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { feeds, type Feed } from "@/db/schema.ts";
import { subscribeFeedSchema } from "@/lib/validations/feed.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudits } from "../audit.ts";
import { AppError } from "../errors.ts";
import { validate } from "../validate.ts";
import { FEED_QUEUE, type Queue } from "../jobs/queue.ts";
import { fetchFeed } from "./check-feed.ts";

/**
 * Subscribes to a feed after fetching it once, so that an address that is not a feed is refused
 * now, with its reason, rather than failing quietly on the schedule; its first check is sent at once.
 */
export async function subscribeFeed(db: Db, queue: Queue, actor: Actor | null, input: unknown): Promise<Feed> {
  const who = requireRole(actor, "editor", "subscribe to feeds");
  const given = validate(subscribeFeedSchema, input);
  const [existing] = await db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, given.url));
  if (existing) throw new AppError("conflict", "Attest is already subscribed to that feed.", { url: ["Attest is already subscribed to that feed."] });
  const read = await fetchFeed(given.url);
  const title = read.title?.slice(0, 300) || new URL(given.url).hostname;
  const feed = await db.transaction(async (tx) => {
    const [row] = await tx.insert(feeds).values({ url: given.url, title, everyMinutes: given.everyMinutes, createdBy: who.id }).onConflictDoNothing().returning();
    if (!row) throw new AppError("conflict", "Attest is already subscribed to that feed.", { url: ["Attest is already subscribed to that feed."] });
    await recordAudits(tx, who, [{ action: "feed.subscribe", target: { type: "feed", id: row.id }, before: null, after: { url: row.url, title: row.title } }]);
    return row;
  });
  await queue.send(FEED_QUEUE, { feedId: feed.id }, { retryLimit: 0 });
  return feed;
}

/** Unsubscribes; what it imported stays. */
export async function removeFeed(db: Db, actor: Actor | null, feedId: string): Promise<void> {
  const who = requireRole(actor, "editor", "remove feeds");
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(feeds).where(eq(feeds.id, feedId)).returning();
    if (!row) throw new AppError("not_found", "That feed was not found; it may have been removed already.");
    await recordAudits(tx, who, [{ action: "feed.remove", target: { type: "feed", id: row.id }, before: { url: row.url, title: row.title }, after: null }]);
  });
}
