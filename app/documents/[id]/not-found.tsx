import { NotFoundCard } from "@/components/ui/not-found-card.tsx";

export default function DocumentNotFound() {
  return <NotFoundCard title="Document not found">There is no document at this address. It may have been mistyped, or the link may be incomplete.</NotFoundCard>;
}
