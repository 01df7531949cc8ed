import { countOf } from "@/lib/format/count-of.ts";
import { reviewProgress, type ItemCounts } from "@/lib/items/count-items.ts";
import { STATUS_LABEL, STATUSES } from "@/lib/items/labels.ts";
import type { ReviewSummary } from "@/lib/items/review-summary.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";
import { STATUS_DOT } from "./status-counts.tsx";

/** The newsroom at a glance: how much of everything imported has been reviewed, and with what result. */
export function ReviewDashboard({ summary }: { summary: ReviewSummary }) {
  const caption = `${summary.reviewed} of ${countOf(summary.total, "item")} reviewed`;
  return (
    <section aria-labelledby="dashboard-heading" data-testid="dashboard" className="flex flex-wrap items-center gap-x-10 gap-y-4 rounded-lg border border-stone-200 bg-white px-4 py-4 shadow-sm sm:px-5">
      <div className="w-full sm:w-60">
        <h2 id="dashboard-heading" className="text-xs font-medium uppercase tracking-wide text-stone-500">
          Review across {countOf(summary.documents, "document")}
        </h2>
        <p className="mt-1 font-serif text-3xl font-bold tabular-nums" data-testid="reviewed-share">
          {summary.percent}% <span className="font-sans text-sm font-normal text-stone-600">reviewed</span>
        </p>
        <div className="mt-2">
          <ProgressBar value={summary.reviewed} max={summary.total} label={caption} />
        </div>
        <p className="mt-1 text-xs tabular-nums text-stone-600">{caption}</p>
      </div>
      {/* On a phone the table scrolls within its box rather than widening the page. */}
      <div className="min-w-0 flex-1 overflow-x-auto sm:min-w-[28rem]">
      <table className="w-full text-sm tabular-nums">
        <thead className="text-xs text-stone-500">
          <tr>
            <th scope="col" className="py-1 pr-3 text-left font-medium">
              <span className="sr-only">Type</span>
            </th>
            {STATUSES.map((status) => (
              <th key={status} scope="col" className="px-1.5 py-1 text-right font-medium sm:px-3">
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden="true" className={`size-2 rounded-full ${STATUS_DOT[status]}`} />
                  {STATUS_LABEL[status]}
                </span>
              </th>
            ))}
            <th scope="col" className="py-1 pl-3 text-right font-medium">Reviewed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          <Row label="Quotes" counts={summary.quotes} />
          <Row label="Claims" counts={summary.claims} />
        </tbody>
      </table>
      </div>
    </section>
  );
}

function Row({ label, counts }: { label: string; counts: ItemCounts }) {
  const { reviewed, total } = reviewProgress(counts);
  return (
    <tr>
      <th scope="row" className="py-1.5 pr-3 text-left font-medium text-stone-800">
        {label}
      </th>
      {STATUSES.map((status) => (
        <td key={status} className={`px-1.5 py-1.5 text-right sm:px-3 ${counts[status] ? "text-stone-900" : "text-stone-400"}`}>
          {counts[status]}
        </td>
      ))}
      <td className="py-1.5 pl-3 text-right text-stone-700">
        {reviewed} of {total}
      </td>
    </tr>
  );
}

/** The dashboard's outline while its counts load. */
export function ReviewDashboardSkeleton() {
  return (
    <div className="h-[7.5rem] animate-pulse rounded-lg border border-stone-200 bg-white" aria-busy="true">
      <span className="sr-only">Loading the review dashboard…</span>
    </div>
  );
}
