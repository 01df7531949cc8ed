"use client";

import { useState, useTransition } from "react";
import type { ReviewResult } from "@/lib/review/panel-types.ts";
import type { ApplyResult } from "../review/use-review-results.ts";

/**
 * One correction control's save: runs the action, hands the answer to the panel (fresh data or
 * a conflict notice), and keeps a message of its own for anything else. A conflict's message
 * shows once, above the corrections, so the control itself stays quiet about it.
 */
export function useCorrection(apply: ApplyResult) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  function run(action: () => Promise<ReviewResult>, success: string, after?: (result: Extract<ReviewResult, { ok: true }>) => void) {
    startTransition(async () => {
      setMessage(null);
      const result = apply(await action(), "correction");
      if (result.ok) {
        setMessage({ tone: "success", text: success });
        after?.(result);
      } else if (!result.conflict) {
        setMessage({ tone: "error", text: result.fields ? Object.values(result.fields).flat().join(" ") || result.message : result.message });
      }
    });
  }

  return { pending, message, run, setMessage };
}
