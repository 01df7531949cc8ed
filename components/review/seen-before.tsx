"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { reuseSourcesFrom } from "@/app/documents/[id]/review-actions.ts";
import { formatDate } from "@/lib/format/format-date.ts";
import { itemHash } from "@/lib/items/item-hash.ts";
import { reviewLine, type SimilarItem } from "@/lib/views/similar-item.ts";
import { STATUS_TONE } from "../items/status-badge.tsx";
import { Badge } from "../ui/badge.tsx";
import { Button } from "../ui/button.tsx";
import type { ApplyResult } from "./use-review-results.ts";

type Found = { state: "loading" } | { state: "error" } | { state: "done"; similar: SimilarItem[] };

/**
 * "Seen before": the same statement in earlier documents, with what was decided about it, so a
 * verdict is not made twice without anyone knowing. Its sources can be copied here in one go;
 * the verdict stays the reviewer's to choose. Read after the panel, so it never slows the panel.
 */
export function SeenBefore({ itemId, canReuse, apply }: { itemId: string; canReuse: boolean; apply: ApplyResult }) {
  const [found, setFound] = useState<Found>({ state: "loading" });
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/items/${itemId}/similar`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (res) => (res.ok ? setFound({ state: "done", similar: (await res.json()).similar }) : setFound({ state: "error" })))
      .catch(() => {
        if (!controller.signal.aborted) setFound({ state: "error" });
      });
    return () => controller.abort();
  }, [itemId]);

  function reuse(from: SimilarItem) {
    startTransition(async () => {
      setMessage(null);
      const result = apply(await reuseSourcesFrom(itemId, from.id), "verdict");
      setMessage(result.ok ? `Copied its sources. Choose the verdict yourself.` : result.message);
    });
  }

  if (found.state === "loading") return <p className="text-xs text-stone-500">Looking for this in earlier documents…</p>;
  if (found.state === "error") return <p className="text-xs text-stone-500">Earlier documents could not be checked just now.</p>;
  return (
    <section aria-labelledby={`seen-before-${itemId}`} className="space-y-1.5" data-testid="seen-before">
      <h3 id={`seen-before-${itemId}`} className="text-sm font-semibold">
        Seen before <span className="font-normal text-stone-500">({found.similar.length})</span>
      </h3>
      {found.similar.length === 0 ? (
        <p className="text-xs text-stone-500">Not found in other documents.</p>
      ) : (
        <ul className="space-y-2">
          {found.similar.map((s) => (
            <li key={s.id} className="space-y-1 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <Badge tone={STATUS_TONE[s.status]}>{reviewLine(s, formatDate)}</Badge>
              </p>
              <Link href={`/documents/${s.documentId}${itemHash(s.id)}`} className="block font-serif wrap-anywhere text-stone-900 hover:underline">
                {s.text}
              </Link>
              <p className="text-xs wrap-anywhere text-stone-500">
                {s.speaker ? `${s.speaker} · ` : ""}
                {s.documentTitle}
                {s.publishedAt ? `, ${formatDate(s.publishedAt)}` : ""}
              </p>
              {canReuse && s.citations > 0 && (
                <Button size="sm" variant="secondary" disabled={pending} onClick={() => reuse(s)}>
                  Reuse its {s.citations === 1 ? "source" : `${s.citations} sources`}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role="status" className="text-xs text-stone-700">
          {message}
        </p>
      )}
    </section>
  );
}
