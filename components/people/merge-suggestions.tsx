"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { confirmMerge, markNotSame } from "@/app/people/suggestion-actions.ts";
import { REASON_TEXT } from "@/lib/people/same-person.ts";
import type { MergeSuggestion, SuggestedPerson } from "@/lib/views/merge-suggestion.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmButton } from "../ui/confirm-button.tsx";

const who = (p: SuggestedPerson) => `${p.name} (${p.quotes} ${p.quotes === 1 ? "quote" : "quotes"})`;

/** Speakers who are probably one person, for an editor to merge or to mark as different: never automatic. */
export function MergeSuggestions({ suggestions }: { suggestions: MergeSuggestion[] }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  if (!suggestions.length && !message) return null;

  function run(action: () => Promise<{ message?: string; done?: string }>) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.done ? { tone: "success", text: result.done } : { tone: "error", text: result.message ?? "That did not work." });
    });
  }

  return (
    <section aria-labelledby="merge-suggestions" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50/60 p-4" data-testid="merge-suggestions">
      <h2 id="merge-suggestions" className="text-sm font-semibold text-stone-900">
        Possibly the same person <span className="font-normal text-stone-600">({suggestions.length})</span>
      </h2>
      <p className="text-xs text-stone-600">Nothing is merged until you confirm. Merging moves the quotes and keeps both names.</p>
      <ul className="divide-y divide-amber-100">
        {suggestions.map((s) => (
          <li key={`${s.keep.id}-${s.merge.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2 text-sm" data-testid="merge-suggestion">
            <span className="min-w-0 flex-1 wrap-anywhere">
              <Link href={`/people/${s.merge.id}`} className="font-medium hover:underline">
                {who(s.merge)}
              </Link>{" "}
              and{" "}
              <Link href={`/people/${s.keep.id}`} className="font-medium hover:underline">
                {who(s.keep)}
              </Link>{" "}
              <span className="text-xs text-stone-600">· {REASON_TEXT[s.reason]}</span>
            </span>
            <span className="flex shrink-0 items-center gap-2">
              <ConfirmButton
                size="sm"
                label={`Merge into ${s.keep.name}`}
                question={`Merge ${s.merge.name} into ${s.keep.name}?`}
                confirmLabel="Yes, merge"
                disabled={pending}
                onConfirm={() => run(() => confirmMerge(s.keep.id, s.merge.id))}
              />
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => markNotSame(s.merge.id, s.keep.id))}>
                Not the same
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {message && (
        <p role="status" className={`text-xs ${message.tone === "success" ? "text-emerald-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
