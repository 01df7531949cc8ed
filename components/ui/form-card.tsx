import type { ReactNode } from "react";

/** A titled white card holding one form on a page of lists. */
export function FormCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id={id} className="font-serif text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
