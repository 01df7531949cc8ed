import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PeopleTable } from "../../components/people/people-table.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { currentActor } from "../../server/current-actor.ts";
import { AppError } from "../../server/errors.ts";
import { listPeople } from "../../server/people/list-people.ts";
import { getDb } from "../../server/runtime.ts";

export const metadata: Metadata = { title: "Speakers" };

const PAGE_SIZE = 50;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fpeople");
  const { cursor: raw } = await searchParams;
  const cursor = typeof raw === "string" ? raw : undefined;
  let page;
  try {
    page = await listPeople(await getDb(), actor, { limit: PAGE_SIZE, cursor });
  } catch (e) {
    // A hand-edited or stale ?cursor= is the visitor's slip, not a crash.
    if (e instanceof AppError && e.code === "bad_request") {
      return (
        <Notice tone="warning" action={<Link href="/people" className="font-medium underline">First speakers</Link>}>
          {e.message}
        </Notice>
      );
    }
    throw e;
  }

  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Speakers</h1>
        <p className="mt-1 text-sm text-stone-600">People and organisations quoted in the imported articles, by name, with how many of their quotes are verified.</p>
      </div>
      {page.people.length ? (
        <PeopleTable people={page.people} />
      ) : (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-sm text-stone-600">
          {cursor ? "No more speakers." : "No one has been quoted yet. Speakers appear here as articles are imported."}
        </div>
      )}
      {(cursor || page.nextCursor) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {cursor ? (
            <Link href="/people" className="text-stone-700 hover:underline">
              ← First speakers
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link href={`/people?cursor=${encodeURIComponent(page.nextCursor)}`} className="font-medium text-stone-900 hover:underline">
              More speakers →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
