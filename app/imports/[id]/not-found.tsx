import { NotFoundCard } from "@/components/ui/not-found-card.tsx";

export default function BatchNotFound() {
  return (
    <NotFoundCard title="Import not found" href="/import/bulk" linkLabel="Import many articles">
      There is no bulk import at this address. The link may be incomplete.
    </NotFoundCard>
  );
}
