import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActivityList } from "@/components/activity/activity-list.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { activityQuerySchema } from "@/lib/validations/activity-query.ts";
import type { Actor } from "@/server/actor.ts";
import { listActivity } from "@/server/audit/list-activity.ts";
import { currentActor } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";

export const metadata: Metadata = { title: "Activity" };

const PAGE_SIZE = 30;

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Factivity");

  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Activity</h1>
        <p className="mt-1 text-sm text-stone-600">Every change in Attest, newest first: verdicts, citations, corrections and imports.</p>
      </div>
      {roleAtLeast(actor.role, "editor") ? (
        <ActivityPageBody actor={actor} query={await searchParams} />
      ) : (
        <Notice tone="warning" action={<Link href="/" className="font-medium underline">All documents</Link>}>
          <p data-testid="activity-refused">
            Your role ({actor.role}) may not read the activity log: it is for editors and administrators. Ask an editor if you
            need to know who changed what.
          </p>
        </Notice>
      )}
    </div>
  );
}

async function ActivityPageBody({ actor, query }: { actor: Actor; query: Record<string, unknown> }) {
  const parsed = activityQuerySchema.safeParse(query);
  if (!parsed.success) {
    // A hand-edited ?before= is the visitor's slip, not a crash.
    return (
      <Notice tone="warning" action={<Link href="/activity" className="font-medium underline">Newest activity</Link>}>
        That page address is not valid; start again from the newest activity.
      </Notice>
    );
  }
  const { before } = parsed.data;
  const { entries, names, nextBefore } = await listActivity(await getDb(), actor, { before, limit: PAGE_SIZE });

  return (
    <>
      {entries.length ? (
        <ActivityList entries={entries} names={names} />
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-sm text-stone-600">
          {before ? "You have reached the oldest activity." : "Nothing has happened yet: imports, citations and verdicts will appear here."}
        </div>
      )}
      {(before || nextBefore) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {before ? (
            <Link href="/activity" className="text-stone-700 hover:underline">
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          {nextBefore && (
            <Link href={`/activity?before=${nextBefore}`} className="font-medium text-stone-900 hover:underline">
              Older →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
