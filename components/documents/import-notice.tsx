"use client";

import { useState } from "react";
import { Notice } from "../ui/notice.tsx";

/**
 * The result of an import, shown once on the document it led to. Dismissing it also drops the
 * ?imported / ?duplicate flag from the address, so a reload or a shared link does not repeat it.
 */
export function ImportNotice({ message, tone }: { message: string; tone: "success" | "info" }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const dismiss = () => {
    setOpen(false);
    const url = new URL(location.href);
    url.searchParams.delete("imported");
    url.searchParams.delete("duplicate");
    history.replaceState(history.state, "", url);
  };
  return (
    <div role="status">
      <Notice
        tone={tone}
        action={
          <button type="button" onClick={dismiss} aria-label="Dismiss" className="-my-1 rounded px-2 py-1 text-lg leading-none hover:bg-black/5">
            ×
          </button>
        }
      >
        {message}
      </Notice>
    </div>
  );
}
