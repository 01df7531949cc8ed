"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button, buttonClass } from "./ui/button.tsx";

/**
 * What an error boundary shows: a plain sentence, a way to try again and a way out. Never the
 * error's message or stack: in production the server sends only a digest, which support can
 * match in the server's log.
 */
export function ErrorPanel({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto mt-12 max-w-lg rounded-lg border border-rose-200 bg-white px-8 py-10 text-center shadow-sm">
      <h1 className="font-serif text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-sm text-stone-600">Something went wrong on our side. Trying again usually helps; if it keeps happening, tell your administrator.</p>
      {digest && <p className="mt-2 font-mono text-xs text-stone-400">Reference: {digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href="/" className={buttonClass("secondary")}>
          All documents
        </Link>
      </div>
    </div>
  );
}
