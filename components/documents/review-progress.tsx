import { reviewProgress, type ItemCounts } from "@/lib/items/count-items.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";

/** "5 of 17 reviewed" over a bar: verified, disputed and unverifiable all count as reviewed. */
export function ReviewProgress({ counts }: { counts: ItemCounts }) {
  const { reviewed, total } = reviewProgress(counts);
  const text = `${reviewed} of ${total} reviewed`;
  return (
    <div className="min-w-32">
      <p className="mb-1 text-xs tabular-nums text-stone-600">{text}</p>
      <ProgressBar value={reviewed} max={total} label={text} />
    </div>
  );
}
