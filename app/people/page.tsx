import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PeopleTable } from "@/components/people/people-table.tsx";
import { currentActor } from "@/server/current-actor.ts";
import { listPeople } from "@/server/people/list-people.ts";
import { listMergeSuggestions } from "@/server/people/merge-suggestions.ts";
import { MergeSuggestions } from "@/components/people/merge-suggestions.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { getDb } from "@/server/runtime.ts";
import { pageOrStaleCursor } from "../_lib/page-or-stale-cursor.tsx";

export const metadata: Metadata = { title: "Speakers" };

const PAGE_SIZE = 50;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fpeople");
  const { cursor: raw } = await searchParams;
  const cursor = typeof raw === "string" ? raw : undefined;
  const result = await pageOrStaleCursor(async () => listPeople(await getDb(), actor, { limit: PAGE_SIZE, cursor }), { href: "/people", label: "First speakers" });
  if ("notice" in result) return result.notice;
  const { page } = result;
  const suggestions = roleAtLeast(actor.role, "editor") && !cursor ? await listMergeSuggestions(await getDb(), actor, 5) : [];

  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Speakers</h1>
        <p className="mt-1 text-sm text-stone-600">People and organisations quoted in the imported articles, by name, with how many of their quotes are verified.</p>
      </div>
      <MergeSuggestions suggestions={suggestions} />
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
