import type { ReactNode } from "react";

/** The look of text inputs, selects and text areas in the panel's compact forms. */
export const inputClass =
  "w-full rounded border border-stone-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-600 disabled:bg-stone-100";

export function Label({ htmlFor, optional, children }: { htmlFor: string; optional?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-0.5 block text-xs font-medium text-stone-800">
      {children} {optional && <span className="font-normal text-stone-500">(optional)</span>}
    </label>
  );
}
