import Link from "next/link";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice.tsx";
import { BadCursorError } from "@/server/errors.ts";

/**
 * One page of a list, or, for a hand-edited or stale `?cursor=` (the visitor's slip, not a
 * crash), the notice that says so with a link back to the first page.
 */
export async function pageOrStaleCursor<T>(load: () => Promise<T>, firstPage: { href: string; label: string }): Promise<{ page: T } | { notice: ReactNode }> {
  try {
    return { page: await load() };
  } catch (e) {
    if (!(e instanceof BadCursorError)) throw e;
    return {
      notice: (
        <Notice tone="warning" action={<Link href={firstPage.href} className="font-medium underline">{firstPage.label}</Link>}>
          {e.message}
        </Notice>
      ),
    };
  }
}
