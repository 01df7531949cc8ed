import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FeedActions } from "@/components/feeds/feed-actions.tsx";
import { SubscribeForm } from "@/components/feeds/subscribe-form.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { countOf } from "@/lib/format/count-of.ts";
import { formatDateTime } from "@/lib/format/format-date.ts";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentActor } from "@/server/current-actor.ts";
import { listFeeds } from "@/server/feeds/list-feeds.ts";
import { getDb } from "@/server/runtime.ts";

export const metadata: Metadata = { title: "Feeds" };

export default async function FeedsPage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Ffeeds");
  if (!roleAtLeast(actor.role, "editor")) {
    return (
      <Notice tone="warning" action={<Link href="/" className="font-medium underline">All documents</Link>}>
        <p data-testid="feeds-refused">Feeds are for editors and administrators; your role is {actor.role}.</p>
      </Notice>
    );
  }
  const feeds = await listFeeds(await getDb(), actor);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Feeds</h1>
        <p className="mt-1 text-sm text-stone-600">
          RSS, Atom and JSON feeds of wires and sites: each is checked on its schedule and its new stories imported. A story that arrives twice, by the same
          address or the same words, is one document.
        </p>
      </div>
      <SubscribeForm />
      {feeds.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-sm text-stone-600" data-testid="feeds-empty">
          No feeds yet. Paste a feed&apos;s address above; most news sites have one at /feed or /rss.
        </p>
      ) : (
        <ul className="space-y-3" data-testid="feed-list">
          {feeds.map((f) => (
            <li key={f.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="feed">
              <div>
                <h2 className="font-serif text-lg font-bold">{f.title}</h2>
                <p className="break-all text-xs text-stone-500">{f.url}</p>
              </div>
              <p className="text-sm text-stone-700">
                {f.lastRunAt ? `Last checked ${formatDateTime(f.lastRunAt)}` : "Not checked yet"}
                {f.lastRunAt && !f.lastError && `: ${countOf(f.lastFound ?? 0, "new story", "new stories")}`} · every {f.everyMinutes} minutes
              </p>
              {f.lastError && (
                <p className="text-sm text-red-700" data-testid="feed-error">
                  The last check failed: {f.lastError}
                </p>
              )}
              <p className="text-sm text-stone-700" data-testid="feed-counts">
                {countOf(f.counts.imported, "imported", "imported")}, {countOf(f.counts.duplicate, "already in Attest", "already in Attest")},{" "}
                {countOf(f.counts.failed, "failed", "failed")}
                {f.counts.waiting > 0 && `, ${f.counts.waiting} waiting`}
                {f.lastBatchId && (
                  <>
                    {" · "}
                    <Link href={`/imports/${f.lastBatchId}`} className="underline">
                      latest stories
                    </Link>
                  </>
                )}
              </p>
              <FeedActions feedId={f.id} title={f.title} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
