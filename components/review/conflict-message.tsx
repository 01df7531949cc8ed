import { StatusBadge } from "../items/status-badge.tsx";
import type { ConflictNotice } from "./use-review-results.ts";

/** A save refused as stale: who changed the item to what and when, and what it is now. */
export function ConflictMessage({ notice, onDismiss }: { notice: ConflictNotice; onDismiss(): void }) {
  return (
    <div data-testid="conflict-message" role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-950">
      <div className="flex items-start gap-2">
        <p className="flex-1 font-semibold">Not saved: this item changed while you were working on it.</p>
        <button type="button" onClick={onDismiss} className="-mt-0.5 rounded px-1 text-amber-800 hover:bg-amber-100" aria-label="Dismiss the conflict message">
          ×
        </button>
      </div>
      <p className="mt-1">{notice.text}</p>
      {notice.theirNote && <p className="mt-1 border-l-2 border-amber-300 pl-2 text-xs whitespace-pre-line">Their note: {notice.theirNote}</p>}
      <p className="mt-2 flex items-center gap-1.5 text-xs">
        Now: <StatusBadge status={notice.current.status} /> <span className="tabular-nums">version {notice.current.version}</span>
      </p>
    </div>
  );
}
