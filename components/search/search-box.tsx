"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget } from "@/lib/review/typing-target.ts";

/**
 * The header's search: a plain GET form to /search (works before the page's scripts run),
 * focused from anywhere with "/" as on most sites that have one. `initial` keeps the words of the
 * search being shown.
 */
export function SearchBox({ initial = "" }: { initial?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <form action="/search" method="get" role="search" className="w-full sm:w-64 lg:w-80">
      <label htmlFor="site-search" className="sr-only">
        Search documents, quotes, claims and speakers
      </label>
      <div className="relative">
        <input
          ref={input}
          id="site-search"
          name="q"
          type="search"
          defaultValue={initial}
          maxLength={200}
          placeholder="Search the archive"
          aria-keyshortcuts="/"
          className="w-full rounded-md border border-stone-300 bg-white py-1 pr-8 pl-2.5 text-sm placeholder:text-stone-400 focus:border-stone-500 focus:outline-none"
        />
        <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-stone-300 px-1 font-mono text-[0.65rem] text-stone-500">
          /
        </kbd>
      </div>
    </form>
  );
}
