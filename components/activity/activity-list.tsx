import { describeActivity, type ActivityChange, type NameLookup } from "@/lib/audit/describe-activity.ts";
import { formatDateTime } from "@/lib/format/format-date.ts";
import type { ActivityEntry } from "@/lib/views/activity-entry.ts";
import { ActivityTargetLink } from "./activity-target.tsx";

/** The audit log as a timeline: who did what to which item or document, when, and what changed. */
export function ActivityList({ entries, names }: { entries: ActivityEntry[]; names: NameLookup }) {
  return (
    <ol className="divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {entries.map((entry) => {
        const { who, did, changes } = describeActivity({ ...entry, actorName: entry.actor?.name ?? null }, names);
        return (
          <li key={entry.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:gap-4" data-testid="activity-entry">
            <time dateTime={entry.at} className="shrink-0 pt-0.5 text-xs sm:w-40 whitespace-nowrap tabular-nums text-stone-500">
              {formatDateTime(entry.at)}
            </time>
            <div className="min-w-0 flex-1 space-y-1 text-sm wrap-anywhere">
              <p>
                <span className="font-semibold">{who}</span> {did}
              </p>
              {/* An API token has nothing to show or open: "created an API token" and its "For" say it all. */}
              {!(entry.target.type === "other" && entry.target.targetType === "api_token") && (
                <p className="text-stone-700">
                  <ActivityTargetLink target={entry.target} />
                </p>
              )}
              {changes.length > 0 && (
                <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-stone-700" aria-label="What changed">
                  {changes.map((change) => (
                    <ChangeLine key={change.label} change={change} />
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function ChangeLine({ change }: { change: ActivityChange }) {
  return (
    <li className="min-w-0">
      <span className="text-stone-500">{change.label}:</span>{" "}
      {change.before !== null && (
        <del className="text-stone-500 decoration-stone-400">
          <span className="sr-only">was </span>
          {change.before}
        </del>
      )}
      {change.before !== null && change.after !== null && (
        <span aria-hidden="true" className="mx-1 text-stone-400">
          →
        </span>
      )}
      {change.after !== null && (
        <ins className="font-medium text-stone-900 no-underline">
          {change.before !== null && <span className="sr-only">, now </span>}
          {change.after}
        </ins>
      )}
    </li>
  );
}
