import type { ItemCounts } from "@/lib/items/count-items.ts";
import { STATUS_LABEL, STATUSES } from "@/lib/items/labels.ts";

/** The colour of each status, as a dot beside its count. */
export const STATUS_DOT: Record<(typeof STATUSES)[number], string> = {
  pending: "bg-stone-400",
  verified: "bg-emerald-600",
  disputed: "bg-rose-600",
  unverifiable: "bg-violet-600",
};

/**
 * Items per review status, in a line or (for table cells) a two-by-two grid. Statuses with none
 * are greyed, not hidden, so rows line up and a zero is still read as a zero.
 */
export function StatusCounts({ counts, layout = "row" }: { counts: ItemCounts; layout?: "row" | "grid" }) {
  return (
    <ul className={`text-xs ${layout === "grid" ? "grid grid-cols-[5.5rem_auto] gap-x-3 gap-y-1" : "flex flex-wrap gap-x-3 gap-y-1"}`} aria-label="Items by status">
      {STATUSES.map((status) => (
        <li key={status} className={`flex items-center gap-1 ${counts[status] ? "text-stone-800" : "text-stone-400"}`}>
          <span aria-hidden="true" className={`size-2 rounded-full ${counts[status] ? STATUS_DOT[status] : "bg-stone-300"}`} />
          <span className="tabular-nums font-medium">{counts[status]}</span> {STATUS_LABEL[status].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
