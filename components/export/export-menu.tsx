import { buttonClass } from "../ui/button.tsx";

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

/** The quote-sheet address for a scope and format: verified quotes unless told otherwise. */
export function quoteExportHref(format: string, scope: ExportScope = {}): string {
  const query = new URLSearchParams({ format, status: "verified" });
  if (scope.documentId) query.set("documentId", scope.documentId);
  if (scope.speaker) query.set("speaker", scope.speaker);
  return `/api/export/quotes?${query}`;
}

/**
 * The Export dropdown: a native details/summary, so it opens with Enter or Space and every
 * entry is a plain link the session cookie authenticates. The printable page opens in a new tab.
 */
export function ExportMenu({
  scope = {},
  claimReview = false,
  label = "Export",
  context,
}: {
  scope?: ExportScope;
  claimReview?: boolean;
  label?: string;
  /** Said to screen readers after the label, where several menus share a page ("quotes by X"). */
  context?: string;
}) {
  return (
    <details className="group relative inline-block text-left" data-testid="export-menu">
      <summary className={`${buttonClass("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden", "sm")}`}>
        {label}
        {context && <span className="sr-only"> {context}</span>}
        <span aria-hidden="true" className="text-stone-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
        <p className="px-3 pb-1 pt-1.5 text-xs uppercase tracking-wide text-stone-400">Verified quotes</p>
        <ul>
          {FORMATS.map(({ format, label: name }) => (
            <li key={format}>
              <a
                href={quoteExportHref(format, scope)}
                className="block px-3 py-1.5 text-stone-800 hover:bg-stone-100 focus:bg-stone-100 focus:outline-none"
                {...(format === "html" ? { target: "_blank", rel: "noopener noreferrer" } : {})}
              >
                {name}
                {format === "html" && <span className="sr-only"> (opens in a new tab)</span>}
              </a>
            </li>
          ))}
          {claimReview && (
            <li className="mt-1 border-t border-stone-100 pt-1">
              <a
                href={`/api/export/claimreview${scope.documentId ? `?documentId=${encodeURIComponent(scope.documentId)}` : ""}`}
                className="block px-3 py-1.5 text-stone-800 hover:bg-stone-100 focus:bg-stone-100 focus:outline-none"
              >
                ClaimReview JSON-LD
              </a>
            </li>
          )}
        </ul>
      </div>
    </details>
  );
}
