import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button.tsx";

/** What every not-found page says: what is missing, why that may be, and where to go instead. */
export function NotFoundCard({ title, children, href = "/", linkLabel = "All documents" }: { title: string; children: ReactNode; href?: string; linkLabel?: string }) {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-stone-200 bg-white px-8 py-10 text-center shadow-sm">
      <p className="text-sm font-medium text-stone-500">404</p>
      <h1 className="mt-1 font-serif text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-sm text-stone-600">{children}</p>
      <Link href={href} className={buttonClass("secondary", "mt-6")}>
        {linkLabel}
      </Link>
    </div>
  );
}
