import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { DocumentHeader } from "@/components/documents/document-header.tsx";
import { DocumentSkeleton } from "@/components/documents/document-skeleton.tsx";
import { ImportNotice } from "@/components/documents/import-notice.tsx";
import { DocumentReader } from "@/components/reader/document-reader.tsx";
import { EarlyKeyBuffer } from "@/components/reader/early-key-buffer.tsx";
import { formatDate } from "@/lib/format/format-date.ts";
import { countItems, exportCounts, type ItemCounts } from "@/lib/items/count-items.ts";
import { parseItemFilters } from "@/lib/items/item-filters.ts";
import { toReaderItems } from "@/lib/items/reader-items.ts";
import { listRemovedItems } from "@/server/items/list-removed-items.ts";
import { listSpeakersById } from "@/server/people/list-people.ts";
import { roleAtLeast } from "@/lib/roles.ts";
import { getDb } from "@/server/runtime.ts";
import { cspNonce } from "@/app/_lib/csp-nonce.ts";
import { loadDocument, loadDocumentTitle } from "./load-document.ts";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await loadDocumentTitle(id).catch(() => null);
  return { title: found?.title ?? "Document" };
}

/**
 * Whether the document exists is settled before anything is sent (an unknown id is a 404); the
 * article and its items, the slow part, then stream in behind the page's outline.
 */
export default async function DocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!(await loadDocumentTitle(id))) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/documents/${id}`)}`);
  return (
    <>
      <EarlyKeyBuffer nonce={await cspNonce()} />
      <Suspense fallback={<DocumentSkeleton />}>
        <DocumentBody id={id} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function DocumentBody({ id, searchParams }: { id: string; searchParams: Props["searchParams"] }) {
  const found = await loadDocument(id);
  if (!found) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/documents/${id}`)}`);
  const { document, items, actor } = found;
  const counts = countItems(items);
  const flags = await searchParams;
  // Only this document's speakers (their names and aliases): the speaker controls search the rest
  // through GET /api/people, and the item panel names the speakers its trail mentions.
  const speakerIds = items.flatMap((i) => (i.speaker ? [i.speaker.id] : []));
  const removed = roleAtLeast(actor.role, "editor") ? await listRemovedItems(await getDb(), actor, document.id) : [];
  const people = (await listSpeakersById(await getDb(), actor, speakerIds)).map(({ id, name, aliases, quotes }) => ({ id, name, aliases, quotes }));

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-stone-600 hover:text-stone-900 hover:underline">
          ← All documents
        </Link>
      </nav>
      {flags.duplicate === "1" ? (
        <ImportNotice tone="info" message={`This article was already imported on ${formatDate(document.createdAt)}; here it is.`} />
      ) : flags.imported === "1" ? (
        <ImportNotice tone="success" message={importedMessage(counts)} />
      ) : null}
      <DocumentHeader document={document} counts={counts} exports={exportCounts(items)} />
      <DocumentReader
        documentId={document.id}
        body={document.body}
        lang={document.language}
        items={toReaderItems(items)}
        viewer={{ id: actor.id ?? "", role: actor.role }}
        people={people}
        initialFilters={parseItemFilters(flags)}
        removed={removed}
      />
    </div>
  );
}

function importedMessage(counts: ItemCounts): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `Imported: ${n(counts.quotes, "quote", "quotes")}, ${n(counts.claims, "claim", "claims")}.`;
}
