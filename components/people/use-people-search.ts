"use client";

import { useEffect, useMemo, useState } from "react";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { peopleSearchSchema } from "@/lib/validations/people-query.ts";

export type PeopleSearchState =
  | { status: "idle"; query: string; people: PersonOption[] }
  | { status: "loading"; query: string; people: PersonOption[] }
  | { status: "done"; query: string; people: PersonOption[] }
  | { status: "error"; query: string; people: PersonOption[] };

/** How long typing pauses before the search goes out. */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * People whose name or alias holds `text`, from GET /api/people, a short pause after the last
 * keystroke; an older answer never overwrites a newer one (each new text aborts the last request).
 * Nothing is asked for a text the route would refuse (empty, too long): the same schema decides.
 */
export function usePeopleSearch(text: string, enabled: boolean, limit = 8): PeopleSearchState {
  // The last answer; whether it answers the current text decides the state, during render.
  const [answer, setAnswer] = useState<{ query: string; people: PersonOption[]; failed: boolean } | null>(null);
  const parsed = peopleSearchSchema.safeParse({ q: text, limit });
  const query = enabled && parsed.success ? parsed.data.q : "";

  useEffect(() => {
    if (!query) return;
    const abort = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const res = await fetch(`/api/people?${new URLSearchParams({ q: query, limit: String(limit) })}`, { signal: abort.signal, headers: { accept: "application/json" } });
        if (!res.ok) throw new Error(`status ${res.status}`);
        const body = (await res.json()) as { people: PersonOption[] };
        setAnswer({ query, people: body.people.map(({ id, name, aliases, quotes }) => ({ id, name, aliases, quotes })), failed: false });
      } catch {
        if (!abort.signal.aborted) setAnswer({ query, people: [], failed: true });
      }
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [query, limit]);

  return useMemo(() => {
    if (!query) return { status: "idle", query: "", people: [] };
    if (answer?.query !== query) return { status: "loading", query, people: answer?.people ?? [] };
    return { status: answer.failed ? "error" : "done", query, people: answer.people };
  }, [query, answer]);
}
