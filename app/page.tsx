import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { DocumentTableSkeleton } from "@/components/documents/document-table-skeleton.tsx";
import { ReviewDashboardSkeleton } from "@/components/documents/review-dashboard.tsx";
import { DocumentList } from "./document-list.tsx";
import { StatusDashboard } from "./status-dashboard.tsx";
import { ExportMenu } from "@/components/export/export-menu.tsx";
import { ExportAllMenu } from "./export-all-menu.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentActor } from "@/server/current-actor.ts";

export const metadata: Metadata = { title: "Documents" };

export default async function Home({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const { cursor } = await searchParams;
  const canImport = roleAtLeast(actor.role, "editor");

  return (
    <div className="space-y-5">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold tracking-tight">Documents</h1>
          <p className="mt-1 text-sm text-stone-600">Imported articles, newest first, with how far their review has come.</p>
        </div>
        <div className="flex items-center gap-2">
          <Suspense fallback={<ExportMenu label="Export all" />}>
            <ExportAllMenu actor={actor} />
          </Suspense>
          {canImport && (
            <Link href="/import" className={buttonClass("primary")}>
              Import an article
            </Link>
          )}
        </div>
      </div>
      <Suspense fallback={<ReviewDashboardSkeleton />}>
        <StatusDashboard actor={actor} />
      </Suspense>
      {/* The table streams in under the heading; a loading.tsx here would also stand in for every page below "/". */}
      <Suspense key={String(cursor)} fallback={<DocumentTableSkeleton />}>
        <DocumentList actor={actor} cursor={typeof cursor === "string" ? cursor : undefined} canImport={canImport} />
      </Suspense>
    </div>
  );
}
