import Link from "next/link";
import type { Actor } from "@/server/actor.ts";
import { listDocuments } from "@/server/documents/list-documents.ts";
import { getDb } from "@/server/runtime.ts";
import { buttonClass } from "@/components/ui/button.tsx";
import { DocumentTable } from "@/components/documents/document-table.tsx";
import { pageOrStaleCursor } from "./_lib/page-or-stale-cursor.tsx";

const PAGE_SIZE = 20;

/** One page of the documents list with its way to older pages, or the reason there is none. */
export async function DocumentList({ actor, cursor, canImport }: { actor: Actor; cursor: string | undefined; canImport: boolean }) {
  const result = await pageOrStaleCursor(async () => listDocuments(await getDb(), actor, { limit: PAGE_SIZE, cursor }), { href: "/", label: "Newest documents" });
  if ("notice" in result) return result.notice;
  const { page } = result;

  return (
    <>
      {page.documents.length === 0 ? <EmptyState first={!cursor} canImport={canImport} /> : <DocumentTable documents={page.documents} />}
      {(cursor || page.nextCursor) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {cursor ? (
            <Link href="/" className="text-stone-700 hover:underline">
              ← Newest documents
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link href={`/?cursor=${encodeURIComponent(page.nextCursor)}`} className="font-medium text-stone-900 hover:underline">
              Older documents →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

function EmptyState({ first, canImport }: { first: boolean; canImport: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <h2 className="font-serif text-xl font-semibold">{first ? "No documents yet" : "No older documents"}</h2>
      <p className="mt-2 text-sm text-stone-600">
        {!first
          ? "You have reached the oldest document."
          : canImport
            ? "Import a news article to extract its quotes and claims for review."
            : "When an editor imports an article, it will appear here for review."}
      </p>
      {first && canImport && (
        <Link href="/import" className={buttonClass("primary", "mt-5")}>
          Import an article
        </Link>
      )}
    </div>
  );
}
