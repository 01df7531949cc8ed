import type { Stance } from "@/lib/review/panel-types.ts";
import { Badge, type BadgeTone } from "../ui/badge.tsx";

const LOOK: Record<Stance, { tone: BadgeTone; label: string }> = {
  supports: { tone: "green", label: "Supports" },
  refutes: { tone: "red", label: "Refutes" },
  context: { tone: "stone", label: "Context" },
};

export function StanceBadge({ stance }: { stance: Stance }) {
  return <Badge tone={LOOK[stance].tone}>{LOOK[stance].label}</Badge>;
}
