import { ReviewDashboard } from "@/components/documents/review-dashboard.tsx";
import { summariseReview } from "@/lib/items/review-summary.ts";
import type { Actor } from "@/server/actor.ts";
import { dashboardCounts } from "./dashboard-counts.ts";

/** Counts by status across every document, above the list; nothing at all before the first import. */
export async function StatusDashboard({ actor }: { actor: Actor }) {
  const summary = summariseReview(await dashboardCounts(actor));
  return summary.documents > 0 ? <ReviewDashboard summary={summary} /> : null;
}
