"use client";

import { useMemo } from "react";
import { spanContext } from "@/lib/review/span-context.ts";

/** The item's words where they stand in the article, the span emphasised. Text only. */
export function SpanContext({ body, start, end, lang, type }: { body: string; start: number; end: number; lang: string; type: "quote" | "claim" }) {
  const c = useMemo(() => spanContext(body, start, end, 160), [body, start, end]);
  const look = type === "quote" ? "bg-amber-200" : "bg-sky-100 border-b-2 border-sky-500";
  return (
    <figure>
      <figcaption className="sr-only">The item in its paragraph</figcaption>
      <blockquote lang={lang} className="rounded-md border-l-4 border-stone-300 bg-stone-50 px-3 py-2 font-serif text-[0.95rem] leading-relaxed whitespace-pre-line text-stone-700">
        {c.clippedBefore && <span aria-hidden="true">… </span>}
        {c.before}
        <mark className={`rounded-[2px] px-0.5 text-stone-950 ${look}`}>{c.text}</mark>
        {c.after}
        {c.clippedAfter && <span aria-hidden="true"> …</span>}
      </blockquote>
    </figure>
  );
}
