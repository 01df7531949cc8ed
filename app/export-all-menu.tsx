import { ExportMenu } from "@/components/export/export-menu.tsx";
import type { Actor } from "@/server/actor.ts";
import { dashboardCounts } from "./dashboard-counts.ts";

/** "Export all", knowing how many quotes of each status and how many reviewed claims there are. */
export async function ExportAllMenu({ actor }: { actor: Actor }) {
  const { quotes, claims } = await dashboardCounts(actor);
  return <ExportMenu label="Export all" quotes={quotes} reviewedClaims={claims.verified + claims.disputed + claims.unverifiable} />;
}
