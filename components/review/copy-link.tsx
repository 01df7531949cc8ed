"use client";

import { useState } from "react";

/** The item's own address, to paste to a colleague: a link, and a button that copies it. */
export function CopyLink({ href }: { href: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(href, location.origin).toString());
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (a plain-http address, or permission refused): the link is still there to copy by hand.
      setCopied(false);
    }
  }

  return (
    <span className="flex items-center gap-1 text-xs whitespace-nowrap">
      <a href={href} className="rounded px-1 py-1 text-stone-600 underline decoration-stone-300 underline-offset-2 hover:text-stone-900" title="This item's own address">
        Link
      </a>
      <button type="button" onClick={copy} className="rounded px-1.5 py-1 text-stone-700 hover:bg-stone-100" aria-live="polite">
        {copied ? "Copied" : "Copy link"}
      </button>
    </span>
  );
}
