import { STATUS_LABEL, type ItemStatus } from "@/lib/items/labels.ts";
import { Badge, type BadgeTone } from "../ui/badge.tsx";

export const STATUS_TONE: Record<ItemStatus, BadgeTone> = {
  pending: "stone",
  verified: "green",
  disputed: "red",
  unverifiable: "violet",
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}
