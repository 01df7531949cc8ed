import { NotFoundCard } from "@/components/ui/not-found-card.tsx";

export default function ItemNotFound() {
  return (
    <NotFoundCard title="Item not found">
      There is no quote or claim at this address. An editor may have removed it (it stays in the activity log), or the link may be incomplete.
    </NotFoundCard>
  );
}
