import { formatDateTime } from "@/lib/format/format-date.ts";
import type { PanelVerdict } from "@/lib/review/panel-types.ts";
import { StatusBadge } from "../items/status-badge.tsx";

/** Every verdict ever given, newest first: who, when, from → to, and their note. */
export function VerdictHistory({ verdicts }: { verdicts: PanelVerdict[] }) {
  const newestFirst = [...verdicts].sort((a, b) => b.version - a.version);
  return (
    <section aria-label="Verdict history" data-testid="verdict-history" className="space-y-1.5">
      <h3 className="text-sm font-semibold">Verdict history</h3>
      {newestFirst.length === 0 ? (
        <p className="text-xs text-stone-500">No verdict yet: the item is pending.</p>
      ) : (
        <ol className="space-y-2">
          {newestFirst.map((v) => (
            <li key={v.id} className="text-xs">
              <p className="flex flex-wrap items-center gap-1">
                <StatusBadge status={v.fromStatus} />
                <span aria-hidden="true" className="text-stone-400">
                  →
                </span>
                <span className="sr-only">to</span>
                <StatusBadge status={v.toStatus} />
                <span className="text-stone-700">
                  by <span className="font-semibold">{v.by ?? "a former user"}</span>
                </span>
              </p>
              <p className="mt-0.5 text-stone-500">
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time> · version {v.version}
              </p>
              {v.note && <p className="mt-0.5 border-l-2 border-stone-200 pl-2 whitespace-pre-line text-stone-800">{v.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
