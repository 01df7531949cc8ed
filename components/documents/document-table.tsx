import Link from "next/link";
import type { DocumentListEntry } from "@/lib/views/document-view.ts";
import { formatDate } from "@/lib/format/format-date.ts";
import { LanguageBadge } from "./language-badge.tsx";
import { ReviewProgress } from "./review-progress.tsx";
import { SourceLink } from "./source-link.tsx";
import { StatusCounts } from "./status-counts.tsx";

/** The documents list: one row per article, newest first as given. */
export function DocumentTable({ documents }: { documents: DocumentListEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Article</th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Published</th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Lang.</th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Items</th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">By status</th>
            <th scope="col" className="px-4 py-2 font-medium">Review</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {documents.map((d) => (
            <tr key={d.id} className="align-top hover:bg-stone-50/60" data-testid="document-row">
              <td className="max-w-md px-4 py-3">
                <Link href={`/documents/${d.id}`} className="font-serif text-base font-semibold leading-snug wrap-anywhere text-stone-900 hover:underline">
                  {d.title}
                </Link>
                <div className="mt-1 text-xs wrap-anywhere text-stone-600">
                  <SourceLink name={d.sourceName} url={d.sourceUrl} />
                </div>
                {/* On a phone the hidden columns' facts come under the title, in one line. */}
                <div className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-stone-600 md:hidden">
                  <span>{formatDate(d.publishedAt) ?? "Undated"}</span>
                  <LanguageBadge language={d.language} />
                  <span className="tabular-nums">
                    {d.counts.quotes} {d.counts.quotes === 1 ? "quote" : "quotes"}, {d.counts.claims} {d.counts.claims === 1 ? "claim" : "claims"}
                  </span>
                </div>
              </td>
              <td className="hidden px-3 py-3 whitespace-nowrap text-stone-700 md:table-cell">
                {formatDate(d.publishedAt) ?? <span className="text-stone-400">Undated</span>}
              </td>
              <td className="hidden px-3 py-3 md:table-cell">
                <LanguageBadge language={d.language} />
              </td>
              <td className="hidden px-3 py-3 whitespace-nowrap tabular-nums text-stone-700 md:table-cell">
                {d.counts.quotes} {d.counts.quotes === 1 ? "quote" : "quotes"}
                <br />
                {d.counts.claims} {d.counts.claims === 1 ? "claim" : "claims"}
              </td>
              <td className="hidden px-3 py-3 md:table-cell">
                <StatusCounts counts={d.counts} layout="grid" />
              </td>
              <td className="w-32 px-4 py-3 sm:w-44">
                <ReviewProgress counts={d.counts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
