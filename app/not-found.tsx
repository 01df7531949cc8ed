import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button.tsx";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-stone-200 bg-white px-8 py-10 text-center shadow-sm">
      <p className="text-sm font-medium text-stone-500">404</p>
      <h1 className="mt-1 font-serif text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-sm text-stone-600">Nothing lives at this address. Check the link, or start again from the documents.</p>
      <Link href="/" className={buttonClass("secondary", "mt-6")}>
        All documents
      </Link>
    </div>
  );
}
