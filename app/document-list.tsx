import Link from "next/link";
import type { Actor } from "../server/actor.ts";
import { listDocuments } from "../server/documents/list-documents.ts";
import { AppError } from "../server/errors.ts";
import { getDb } from "../server/runtime.ts";
import { buttonClass } from "../components/ui/button.tsx";
import { Notice } from "../components/ui/notice.tsx";
import { DocumentTable } from "../components/documents/document-table.tsx";

const PAGE_SIZE = 20;

/** One page of the documents list with its way to older pages, or the reason there is none. */
export async function DocumentList({ actor, cursor, canImport }: { actor: Actor; cursor: string | undefined; canImport: boolean }) {
  let page;
  try {
    page = await listDocuments(await getDb(), actor, { limit: PAGE_SIZE, cursor });
  } catch (e) {
    // A hand-edited or stale ?cursor= is the visitor's slip, not a crash.
    if (e instanceof AppError && e.code === "bad_request") {
      return (
        <Notice tone="warning" action={<Link href="/" className="font-medium underline">Newest documents</Link>}>
          {e.message}
        </Notice>
      );
    }
    throw e;
  }

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
