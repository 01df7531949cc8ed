"use client";

import { useId, useState } from "react";
import { STATUS_LABEL, type ItemStatus } from "@/lib/items/labels.ts";
import { EXPORT_STATUSES, type ExportStatus } from "@/lib/validations/export-query.ts";
import { buttonClass } from "../ui/button.tsx";
import { inputClass } from "../ui/field.tsx";

export interface ExportScope {
  documentId?: string;
  /** A speaker's id. */
  speaker?: string;
}

const FORMATS = [
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "json", label: "JSON" },
  { format: "md", label: "Markdown" },
  { format: "html", label: "Printable page" },
] as const;

/** The quote-sheet address for a scope, format and status: verified quotes unless told otherwise. */
export function quoteExportHref(format: string, scope: ExportScope = {}, status: ExportStatus = "verified"): string {
  const query = new URLSearchParams({ format, status });
  if (scope.documentId) query.set("documentId", scope.documentId);
  if (scope.speaker) query.set("speaker", scope.speaker);
  return `/api/export/quotes?${query}`;
}

/** How many quotes the scope holds in a status, where the page knows; "all" is their sum. */
function countFor(counts: Partial<Record<ItemStatus, number>> | undefined, status: ExportStatus): number | undefined {
  if (!counts) return undefined;
  if (status !== "all") return counts[status];
  const known = Object.values(counts);
  return known.length === 4 ? known.reduce((a, b) => a + b, 0) : undefined;
}

const ITEM = "block px-3 py-1.5 text-stone-800 hover:bg-stone-100 focus:bg-stone-100 focus:outline-none";

/**
 * The Export dropdown: a native details/summary, so it opens with Enter or Space, and every
 * entry is a plain link the session cookie authenticates. Which quotes (verified by default) is
 * chosen inside; where the page knows how many there are, an empty choice says so instead of
 * offering an empty file. The printable page opens in a new tab.
 */
export function ExportMenu({
  scope = {},
  quotes,
  reviewedClaims,
  label = "Export",
  context,
}: {
  scope?: ExportScope;
  /** The scope's quotes by status, as far as the page knows them. */
  quotes?: Partial<Record<ItemStatus, number>>;
  /** With a number, the menu offers ClaimReview for the scope's claims that have a verdict. */
  reviewedClaims?: number;
  label?: string;
  /** Said to screen readers after the label, where several menus share a page ("quotes by X"). */
  context?: string;
}) {
  const id = useId();
  const [status, setStatus] = useState<ExportStatus>("verified");
  const count = countFor(quotes, status);
  const which = status === "all" ? "quotes" : `${STATUS_LABEL[status].toLowerCase()} quotes`;
  return (
    <details className="group relative inline-block text-left" data-testid="export-menu">
      <summary className={`${buttonClass("secondary", "cursor-pointer list-none whitespace-nowrap [&::-webkit-details-marker]:hidden", "sm")}`}>
        {label}
        {context && <span className="sr-only"> {context}</span>}
        <span aria-hidden="true" className="text-stone-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
        <div className="px-3 pt-1.5 pb-1">
          <label htmlFor={`${id}-status`} className="text-xs tracking-wide text-stone-500 uppercase">
            Which quotes
          </label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ExportStatus)} className={`${inputClass} mt-0.5 py-1 text-sm`}>
            {EXPORT_STATUSES.map((s) => {
              const n = countFor(quotes, s);
              return (
                <option key={s} value={s}>
                  {s === "all" ? "All statuses" : STATUS_LABEL[s]}
                  {n === undefined ? "" : ` (${n})`}
                </option>
              );
            })}
          </select>
        </div>
        {count === 0 ? (
          <p role="status" className="px-3 py-1.5 text-stone-600" data-testid="export-nothing">
            No {which} here: nothing to export.
          </p>
        ) : (
          <ul aria-label={`Export ${which}`}>
            {FORMATS.map(({ format, label: name }) => (
              <li key={format}>
                <a href={quoteExportHref(format, scope, status)} className={ITEM} {...(format === "html" ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                  {name}
                  {format === "html" && <span className="sr-only"> (opens in a new tab)</span>}
                </a>
              </li>
            ))}
          </ul>
        )}
        {reviewedClaims !== undefined && (
          <div className="mt-1 border-t border-stone-100 pt-1">
            {reviewedClaims > 0 ? (
              <a href={`/api/export/claimreview${scope.documentId ? `?documentId=${encodeURIComponent(scope.documentId)}` : ""}`} className={ITEM}>
                ClaimReview JSON-LD <span className="text-xs text-stone-500">({reviewedClaims} reviewed claims)</span>
              </a>
            ) : (
              <p className="px-3 py-1.5 text-stone-600">ClaimReview: no claim has a verdict yet.</p>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
