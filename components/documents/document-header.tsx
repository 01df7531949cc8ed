import type { ReactNode } from "react";
import type { exportCounts, ItemCounts } from "@/lib/items/count-items.ts";
import { formatDate } from "@/lib/format/format-date.ts";
import type { DocumentView } from "@/lib/views/document-view.ts";
import { ExportMenu } from "../export/export-menu.tsx";
import { LanguageBadge } from "./language-badge.tsx";
import { ReviewProgress } from "./review-progress.tsx";
import { SourceLink } from "./source-link.tsx";
import { StatusCounts } from "./status-counts.tsx";

/** The document page's masthead: title, where and when it was published, and what was found in it. */
export function DocumentHeader({ document, counts, exports }: { document: DocumentView; counts: ItemCounts; exports: ReturnType<typeof exportCounts> }) {
  const published = formatDate(document.publishedAt);
  return (
    <header className="space-y-3">
      <div className="flex items-start justify-between gap-4">
        <h1 className="min-w-0 max-w-4xl font-serif wrap-anywhere text-3xl font-bold leading-tight tracking-tight text-balance">{document.title}</h1>
        <ExportMenu scope={{ documentId: document.id }} quotes={exports.quotes} reviewedClaims={exports.reviewedClaims} />
      </div>
      <dl className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-stone-600">
        <Meta label="Source">
          <SourceLink name={document.sourceName} url={document.sourceUrl} />
        </Meta>
        <Meta label="Published">{published ?? <span className="text-stone-400">Undated</span>}</Meta>
        <Meta label="Language">
          <LanguageBadge language={document.language} />
        </Meta>
        <Meta label="Imported">{formatDate(document.createdAt)}</Meta>
        <Meta label="Extractor">
          <code className="font-mono text-xs text-stone-500">{document.extractor}</code>
        </Meta>
      </dl>
      <div className="flex flex-wrap items-center gap-x-8 gap-y-3 rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
        <p className="text-sm tabular-nums">
          <span className="font-semibold">{counts.quotes}</span> {counts.quotes === 1 ? "quote" : "quotes"}
          <span className="mx-2 text-stone-300">|</span>
          <span className="font-semibold">{counts.claims}</span> {counts.claims === 1 ? "claim" : "claims"}
        </p>
        <StatusCounts counts={counts} />
        <div className="ml-auto w-52">
          <ReviewProgress counts={counts} />
        </div>
      </div>
    </header>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center gap-1.5">
      <dt className="text-xs uppercase tracking-wide text-stone-400">{label}</dt>
      <dd className="text-stone-800">{children}</dd>
    </div>
  );
}
