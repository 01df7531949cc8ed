import type { ReactNode } from "react";

const TONES = {
  stone: "bg-stone-100 text-stone-700 ring-stone-300",
  amber: "bg-amber-100 text-amber-900 ring-amber-300",
  sky: "bg-sky-100 text-sky-900 ring-sky-300",
  green: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  red: "bg-rose-100 text-rose-900 ring-rose-300",
  violet: "bg-violet-100 text-violet-900 ring-violet-300",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A small rounded label: a status, a type, a language. */
export function Badge({ tone = "stone", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`badge ${TONES[tone]}`}>
      {children}
    </span>
  );
}
