import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportForm } from "@/components/import-form.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentActor } from "@/server/current-actor.ts";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fimport");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold tracking-tight">Import an article</h1>
        <p className="mt-1 text-sm text-stone-600">
          Fetch it from its link, paste the text or upload a file. Attest extracts its quotes and claims; an article already imported opens as it is. Many at once? <Link href="/import/bulk" className="underline">Import many articles</Link>, or follow a wire with <Link href="/feeds" className="underline">Feeds</Link>.
        </p>
      </div>
      {roleAtLeast(actor.role, "editor") ? (
        <ImportForm />
      ) : (
        <Notice tone="warning" action={<Link href="/" className="font-medium underline">All documents</Link>}>
          <p data-testid="import-refused">
            Your role ({actor.role}) may not import documents. Ask an editor or an administrator to import the article.
          </p>
        </Notice>
      )}
    </div>
  );
}
