import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BulkImportForm } from "@/components/import/bulk-import-form.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentActor } from "@/server/current-actor.ts";

export const metadata: Metadata = { title: "Import many articles" };

export default async function BulkImportPage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fimport%2Fbulk");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Import many articles</h1>
        <p className="mt-1 text-sm text-stone-600">
          Choose files (or a .zip of them), or paste a list of addresses. Each article is imported on its own in the background; the next page shows how
          far it has got, and stays right after a reload. <Link href="/import" className="underline">One article</Link>
        </p>
      </div>
      {roleAtLeast(actor.role, "editor") ? (
        <BulkImportForm />
      ) : (
        <Notice tone="warning">
          <p data-testid="import-refused">Your role ({actor.role}) may not import documents. Ask an editor or an administrator.</p>
        </Notice>
      )}
    </div>
  );
}
