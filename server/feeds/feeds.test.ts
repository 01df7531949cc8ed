import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { feeds } from "@/db/schema.ts";
import { useDatabase } from "@/test/use-database.ts";
import { useIntake } from "@/test/use-intake.ts";
import { getBatch, type BatchView } from "../intake/get-batch.ts";
import { checkDueFeeds } from "./check-due-feeds.ts";
import { checkFeed } from "./check-feed.ts";
import { listFeeds, type FeedView } from "./list-feeds.ts";
import { removeFeed, subscribeFeed } from "./subscribe-feed.ts";

const t = useDatabase();
// A story whose page fails is not tried again: the feed tests look at the first answer.
const intake = useIntake(t, { ATTEST_JOB_RETRIES: "0" });

async function until<T>(what: string, check: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const feedNamed = async (url: string): Promise<FeedView> => (await listFeeds(t.database.db, t.as.editor)).find((f) => f.url === url)!;
const finishedBatch = (id: string) => until("the batch to finish", async () => {
  const b = await getBatch(t.database.db, t.as.editor, id);
  return b.finished && b;
});

describe("feeds", () => {
  let first: BatchView;

  it("subscribing checks the feed at once: each story fetched and imported, the same story twice one document", async () => {
    const feed = await subscribeFeed(t.database.db, intake.queue, t.as.editor, { url: `${intake.site.origin}/feed.rss` });
    expect(feed).toMatchObject({ title: "Harbour Wire", everyMinutes: 15 });
    const checked = await until("the first check", async () => (await feedNamed(feed.url)).lastBatchId);
    first = await finishedBatch(checked);
    expect(first.kind).toBe("feed");
    const [a, b, kompas, short, gone] = first.entries;
    expect([a, b].map((e) => [e!.label.replace(intake.site.origin, ""), e!.status])).toEqual([
      ["/articles/101", "imported"],
      ["/articles/102", "imported"],
    ]);
    // The same story by two links, fetched side by side: whichever lands first is the document.
    expect([kompas!.status, short!.status].sort()).toEqual(["duplicate", "imported"]);
    expect(short!.document!.id).toBe(kompas!.document!.id);
    expect(gone).toMatchObject({ status: "failed", reason: expect.stringContaining("answered 404") });
    expect(await feedNamed(feed.url)).toMatchObject({ lastError: null, lastFound: 5, counts: { imported: 3, duplicate: 1, failed: 1, waiting: 0 } });
  }, 60_000);

  it("a later check takes only the stories it has not seen", async () => {
    const feed = await subscribeFeed(t.database.db, intake.queue, t.as.editor, { url: `${intake.site.origin}/growing.rss`, everyMinutes: 5 });
    // The feed grows by a story each time it is read: once to subscribe, once for the first check (two stories), …
    await until("the first check", async () => (await feedNamed(feed.url)).lastBatchId);
    expect((await feedNamed(feed.url)).lastFound).toBe(2);
    const again = await checkFeed(t.database.db, intake.queue, feed.id);
    expect(again.found).toBe(1);
    const batch = await finishedBatch(again.batchId!);
    expect(batch.entries.map((e) => [e.label.replace(intake.site.origin, ""), e.status])).toEqual([["/articles/302", "imported"]]);
    // The first feed, unchanged, has nothing new.
    const [harbour] = await t.database.db.select().from(feeds).where(eq(feeds.url, `${intake.site.origin}/feed.rss`));
    expect(await checkFeed(t.database.db, intake.queue, harbour!.id)).toEqual({ found: 0, batchId: null });
  }, 60_000);

  it("keeps why a check failed, and clears it when the next one works", async () => {
    const [feed] = await t.database.db.insert(feeds).values({ url: `${intake.site.origin}/broken`, title: "Broken", createdBy: t.as.editor.id }).returning();
    await checkFeed(t.database.db, intake.queue, feed!.id);
    expect(await feedNamed(feed!.url)).toMatchObject({ lastError: expect.stringContaining("answered 500"), lastFound: 0 });
    await t.database.db.update(feeds).set({ url: `${intake.site.origin}/feed.atom` }).where(eq(feeds.id, feed!.id));
    await checkFeed(t.database.db, intake.queue, feed!.id);
    expect(await feedNamed(`${intake.site.origin}/feed.atom`)).toMatchObject({ lastError: null, lastFound: 2 });
  }, 30_000);

  it("refuses an address that is not a feed, one already subscribed, and a reviewer", async () => {
    await expect(subscribeFeed(t.database.db, intake.queue, t.as.editor, { url: `${intake.site.origin}/` })).rejects.toMatchObject({ code: "url_refused", message: expect.stringContaining("not an RSS, Atom or JSON feed") });
    await expect(subscribeFeed(t.database.db, intake.queue, t.as.editor, { url: `${intake.site.origin}/feed.rss` })).rejects.toMatchObject({ code: "conflict" });
    await expect(subscribeFeed(t.database.db, intake.queue, t.as.reviewer, { url: `${intake.site.origin}/feed.rss` })).rejects.toMatchObject({ code: "forbidden" });
    await expect(subscribeFeed(t.database.db, intake.queue, t.as.editor, { url: `${intake.site.origin}/x.rss`, everyMinutes: 1 })).rejects.toMatchObject({ code: "validation", fields: { everyMinutes: ["Check at most every 5 minutes."] } });
  });

  it("the schedule checks the feeds whose time has come", async () => {
    await t.database.db.update(feeds).set({ lastRunAt: sql`now()` });
    expect(await checkDueFeeds(t.database.db, intake.queue)).toBe(0);
    await t.database.db.update(feeds).set({ lastRunAt: sql`now() - interval '20 minutes'` }).where(eq(feeds.url, `${intake.site.origin}/feed.rss`));
    expect(await checkDueFeeds(t.database.db, intake.queue)).toBe(1);
  });

  it("removing a feed keeps what it imported", async () => {
    const harbour = await feedNamed(`${intake.site.origin}/feed.rss`);
    await removeFeed(t.database.db, t.as.editor, harbour.id);
    expect(await feedNamed(harbour.url)).toBeUndefined();
    expect((await getBatch(t.database.db, t.as.editor, first.id)).counts.imported).toBe(3);
    await expect(removeFeed(t.database.db, t.as.editor, harbour.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
