"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { countOf } from "@/lib/format/count-of.ts";
import type { BatchView, IntakeStatus } from "@/server/intake/get-batch.ts";
import { Badge, type BadgeTone } from "../ui/badge.tsx";
import { ProgressBar } from "../ui/progress-bar.tsx";

const STATUS: Record<IntakeStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: "Waiting", tone: "stone" },
  running: { label: "Importing", tone: "sky" },
  imported: { label: "Imported", tone: "green" },
  duplicate: { label: "Already in Attest", tone: "amber" },
  failed: { label: "Failed", tone: "red" },
};

const POLL_MS = 1_000;

/**
 * A bulk import as it happens: the bar and each article's result, read again every second
 * until nothing is left to do. All of it comes from the server, so a reload shows the same.
 */
export function BatchProgress({ initial }: { initial: BatchView }) {
  const [batch, setBatch] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (batch.finished) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/batches/${batch.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        setBatch(await response.json());
        setStale(false);
      } catch {
        setStale(true); // and try again on the next tick: the setTimeout chain restarts with a new object
        setBatch((b) => ({ ...b }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch]);

  const { counts } = batch;
  const done = counts.total - counts.queued - counts.running;
  return (
    <section aria-labelledby="batch-title" className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <div>
        <h1 id="batch-title" className="font-serif text-2xl font-bold tracking-tight">
          {batch.label}
        </h1>
        <p className="text-sm text-stone-600">
          Started {new Date(batch.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
          {batch.createdBy && ` by ${batch.createdBy}`}
        </p>
      </div>
      <div className="space-y-1.5">
        <ProgressBar value={done} max={counts.total} label="Articles done" />
        <p className="text-sm text-stone-800" aria-live="polite" data-testid="batch-summary">
          {batch.finished ? "Finished: " : `${done} of ${counts.total} done: `}
          {countOf(counts.imported, "imported", "imported")}, {countOf(counts.duplicate, "already in Attest", "already in Attest")}, {countOf(counts.failed, "failed", "failed")}
          {stale && " (reconnecting…)"}
        </p>
      </div>
      <ol className="divide-y divide-stone-100 text-sm" data-testid="batch-entries">
        {batch.entries.map((e) => (
          <li key={e.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:gap-3" data-status={e.status}>
            <span className="shrink-0">
              <Badge tone={STATUS[e.status].tone}>{STATUS[e.status].label}</Badge>
            </span>
            <span className="min-w-0 flex-1">
              <span className="block break-words font-medium text-stone-900">
                {e.document ? <Link href={`/documents/${e.document.id}`} className="underline decoration-stone-300 hover:decoration-stone-700">{e.document.title}</Link> : e.label}
              </span>
              {e.document && <span className="block break-all text-xs text-stone-500">{e.label}</span>}
              {e.reason && <span className={`block ${e.status === "failed" ? "text-red-700" : "text-stone-600"}`}>{e.reason}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
