"use client";

import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it brings its own document. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <title>Attest is unavailable</title>
        <main role="alert" className="mx-auto mt-24 max-w-lg px-4 text-center">
          <h1 className="font-serif text-2xl font-bold">Attest could not load this page</h1>
          <p className="mt-2 text-sm text-stone-600">Something went wrong on our side. Try again in a moment.</p>
          <button type="button" onClick={() => retry()} className="mt-6 rounded bg-stone-900 px-3 py-2 text-sm font-medium text-white hover:bg-stone-700">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
