import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SearchFilters } from "@/components/search/search-filters.tsx";
import { SearchResultRow } from "@/components/search/search-result-row.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { currentActor } from "@/server/current-actor.ts";
import { AppError } from "@/server/errors.ts";
import { getDb } from "@/server/runtime.ts";
import { peopleNames } from "@/server/people/people-names.ts";
import { search } from "@/server/search/search.ts";
import { UUID } from "@/lib/uuid.ts";

export const metadata: Metadata = { title: "Search" };

type Params = Record<string, string | string[] | undefined>;

/** The first value of each parameter, without the empty ones a GET form sends for "any". */
function given(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v[0] : v;
      return value ? [[k, value]] : [];
    }),
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await currentActor();
  const params = given(await searchParams);
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/search?${new URLSearchParams(params)}`)}`);
  const { cursor, ...filters } = params;
  const speaker = filters.speaker && UUID.test(filters.speaker) ? filters.speaker : null;
  const speakerName = speaker ? (await peopleNames(await getDb(), [speaker]))[speaker] : undefined;

  return (
    <div className="space-y-5">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Search</h1>
        <p className="mt-1 text-sm text-stone-600">Documents, quotes, claims and speakers across the archive, in Indonesian and English.</p>
      </div>
      <SearchFilters shown={filters} speaker={speaker ? { id: speaker, name: speakerName ?? "Someone no longer listed" } : null} />
      {filters.q?.trim() ? <Results params={params} /> : <Tips />}
    </div>
  );
}

async function Results({ params }: { params: Record<string, string> }) {
  const actor = await currentActor();
  let found: Awaited<ReturnType<typeof search>>;
  try {
    found = await search(await getDb(), actor, params);
  } catch (e) {
    if (!(e instanceof AppError) || (e.status !== 422 && e.status !== 400)) throw e;
    const detail = e.fields ? Object.values(e.fields).flat().join(" ") : "";
    return <Notice tone="warning">{detail || e.message}</Notice>;
  }
  const { cursor, ...rest } = params;
  if (!found.results.length) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center text-sm text-stone-600" data-testid="search-empty">
        {cursor ? "No more results." : <>Nothing matches “{params.q}”{Object.keys(rest).length > 1 ? " with these filters" : ""}. Try fewer words, or another spelling.</>}
      </div>
    );
  }
  return (
    <section aria-label="Results" className="space-y-3">
      {found.rankedWithin && (
        <p className="text-sm text-stone-600" data-testid="search-window">
          Many articles match “{params.q}”: these results are ranked among the newest {found.rankedWithin} of them. Add a word, a date range or a filter to reach
          older ones.
        </p>
      )}
      <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm" data-testid="search-results">
        {found.results.map((r) => (
          <SearchResultRow key={`${r.type}:${r.id}`} result={r} />
        ))}
      </ol>
      {(cursor || found.nextCursor) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {cursor ? (
            <Link href={`/search?${new URLSearchParams(rest)}`} className="text-stone-700 hover:underline">
              ← Best matches
            </Link>
          ) : (
            <span />
          )}
          {found.nextCursor && (
            <Link href={`/search?${new URLSearchParams({ ...rest, cursor: found.nextCursor })}`} className="font-medium text-stone-900 hover:underline">
              More results →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

function Tips() {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-8 text-sm text-stone-600" data-testid="search-tips">
      <p className="font-medium text-stone-800">Type what you are looking for. Press / anywhere to come back to the search box.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>Words match their other forms in the article&apos;s language: “serangan” finds “menyerang”, “weapon” finds “weapons”.</li>
        <li>“Quotation marks” keep a phrase together; a minus leaves a word out: <code>senjata -tank</code>.</li>
        <li>Speakers are found by part of a name, even misspelt: “Zelensky” finds Volodymyr Zelenskyy.</li>
      </ul>
    </div>
  );
}
