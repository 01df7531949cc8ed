import { describeActivity, type NameLookup } from "@/lib/audit/describe-activity.ts";
import { formatDateTime } from "@/lib/format/format-date.ts";
import type { PanelAuditEvent } from "@/lib/review/panel-types.ts";

/** Every change to the item, newest first, in words: who, what, when, and a short before → after. */
export function AuditTrail({ events, names }: { events: PanelAuditEvent[]; names: NameLookup }) {
  return (
    <section aria-label="Audit trail" data-testid="audit-trail" className="space-y-1.5">
      <h3 className="text-sm font-semibold">Audit trail</h3>
      {events.length === 0 ? (
        <p className="text-xs text-stone-500">No changes since the item was extracted.</p>
      ) : (
        <ol className="space-y-2">
          {events.map((event) => {
            const { who, did, changes } = describeActivity(event, names);
            return (
              <li key={event.id} className="text-xs">
                <p>
                  <span className="font-semibold">{who}</span> {did}
                </p>
                <p className="text-stone-500">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </p>
                {changes.length > 0 && (
                  <ul className="mt-0.5 space-y-0.5 text-stone-700" aria-label="What changed">
                    {changes.map((c) => (
                      <li key={c.label} className="break-words">
                        <span className="text-stone-500">{c.label}:</span>{" "}
                        {c.before !== null && <del className="text-stone-500">{c.before}</del>}
                        {c.before !== null && c.after !== null && (
                          <span aria-hidden="true" className="mx-1 text-stone-400">
                            →
                          </span>
                        )}
                        {c.after !== null && <ins className="no-underline">{c.after}</ins>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
