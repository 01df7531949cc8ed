import Link from "next/link";
import { buttonClass } from "@/components/ui/button.tsx";

export default function DocumentNotFound() {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-stone-200 bg-white px-8 py-10 text-center shadow-sm">
      <h1 className="font-serif text-2xl font-bold">Document not found</h1>
      <p className="mt-2 text-sm text-stone-600">There is no document at this address. It may have been mistyped, or the link may be incomplete.</p>
      <Link href="/" className={buttonClass("secondary", "mt-6")}>
        All documents
      </Link>
    </div>
  );
}
