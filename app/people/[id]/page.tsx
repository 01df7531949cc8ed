import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage, redirect } from "next/navigation";
import { ExportMenu } from "@/components/export/export-menu.tsx";
import { StatusBadge } from "@/components/items/status-badge.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { formatDate } from "@/lib/format/format-date.ts";
import { currentActor } from "@/server/current-actor.ts";
import { AppError, BadCursorError } from "@/server/errors.ts";
import { getPerson } from "@/server/people/get-person.ts";
import { appearancesOf } from "@/server/items/appearances.ts";
import { AppearancesLine } from "@/components/people/appearances-line.tsx";
import { getDb } from "@/server/runtime.ts";

interface Props {
  params: Promise<{ id: string }>;
  searchParams?: Promise<{ cursor?: string | string[] }>;
}

const PAGE_SIZE = 50;

async function load(id: string, cursor?: string) {
  const actor = await currentActor();
  if (!actor) return null;
  try {
    return await getPerson(await getDb(), actor, id, { limit: PAGE_SIZE, cursor });
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFoundPage();
    // A hand-edited or stale ?cursor= starts again from the newest quotes.
    if (e instanceof BadCursorError && cursor) return load(id);
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await load(id).catch(() => null);
  return { title: found?.person.name ?? "Speaker" };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = (await searchParams)?.cursor;
  const cursor = typeof raw === "string" ? raw : undefined;
  const found = await load(id, cursor);
  if (!found) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/people/${id}`)}`);
  const { person, quotes, totals, nextCursor } = found;
  // The same statement reported by several outlets is one statement: each quote says where else.
  const appearances = await appearancesOf(await getDb(), quotes.map((q) => q.id));

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/people" className="text-stone-600 hover:text-stone-900 hover:underline">
          ← All speakers
        </Link>
      </nav>
      <header className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="font-serif text-3xl font-bold tracking-tight wrap-anywhere">{person.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
            <Badge>{person.kind === "org" ? "Organisation" : "Person"}</Badge>
            {person.title && <span>{person.title}</span>}
            {person.aliases.length > 0 && <span>Also: {person.aliases.join(", ")}</span>}
            <span className="tabular-nums">
              {totals.quotes} {totals.quotes === 1 ? "quote" : "quotes"}, {totals.verified} verified
            </span>
          </p>
        </div>
        <ExportMenu scope={{ speaker: person.id }} quotes={totals} />
      </header>
      {quotes.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center text-sm text-stone-600">
          No quotes are attributed to {person.name} any more.
        </div>
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm" data-testid="person-quotes">
          {quotes.map((q) => (
            <li key={q.id} className="space-y-1.5 px-4 py-3" data-testid="person-quote">
              <blockquote className="font-serif text-stone-900">{q.kind === "direct" ? `“${q.text}”` : q.text}</blockquote>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600">
                <StatusBadge status={q.status} />
                <span>{q.kind === "indirect" ? "Indirect quote" : "Direct quote"}</span>
                {q.cue && (
                  <span>
                    cue <q className="font-medium text-stone-800">{q.cue}</q>
                  </span>
                )}
                <Link href={`/documents/${q.documentId}#item-${q.id}`} className="font-medium text-stone-800 underline-offset-2 hover:underline">
                  {q.documentTitle}
                </Link>
                {q.documentPublishedAt && <span>{formatDate(q.documentPublishedAt)}</span>}
              </p>
              <AppearancesLine itemId={q.id} appearances={appearances.get(q.id)} />
            </li>
          ))}
        </ol>
      )}
      {(cursor || nextCursor) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {cursor ? (
            <Link href={`/people/${person.id}`} className="text-stone-700 hover:underline">
              ← Newest quotes
            </Link>
          ) : (
            <span />
          )}
          {nextCursor && (
            <Link href={`/people/${person.id}?cursor=${encodeURIComponent(nextCursor)}`} className="font-medium text-stone-900 hover:underline">
              Older quotes →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
