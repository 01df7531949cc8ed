import { NotFoundCard } from "@/components/ui/not-found-card.tsx";

export default function SpeakerNotFound() {
  return (
    <NotFoundCard title="Speaker not found" href="/people" linkLabel="All speakers">
      There is no speaker at this address. They may have been merged into another person, or the link may be incomplete.
    </NotFoundCard>
  );
}
