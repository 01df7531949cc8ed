"use client";

import { useState } from "react";
import { Button } from "./button.tsx";
import { Notice } from "./notice.tsx";

/**
 * A secret the server keeps only hashed (a temporary password, an API token): shown here once,
 * selectable and copyable, with a plain warning that it cannot be shown again.
 */
export function ShownOnce({ label, secret, children }: { label: string; secret: string; children?: React.ReactNode }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Without clipboard permission the text is still there to select by hand.
      setCopied(false);
    }
  };
  return (
    <Notice tone="success" action={<Button variant="secondary" size="sm" onClick={copy}>{copied ? "Copied" : "Copy"}</Button>}>
      <p className="font-medium">{label}</p>
      <code data-testid="shown-once" className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-sm text-stone-900 select-all">
        {secret}
      </code>
      <p className="mt-1 text-xs">{children ?? "Copy it now: it is stored only as a hash and cannot be shown again."}</p>
    </Notice>
  );
}
