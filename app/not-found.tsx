import type { Metadata } from "next";
import { NotFoundCard } from "@/components/ui/not-found-card.tsx";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <NotFoundCard title="Page not found">Nothing lives at this address. Check the link, or start again from the documents.</NotFoundCard>;
}
