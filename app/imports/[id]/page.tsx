import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage, redirect } from "next/navigation";
import { BatchProgress } from "@/components/import/batch-progress.tsx";
import { Notice } from "@/components/ui/notice.tsx";
import { roleAtLeast } from "@/lib/roles.ts";
import { currentActor } from "@/server/current-actor.ts";
import { AppError } from "@/server/errors.ts";
import { getBatch } from "@/server/intake/get-batch.ts";
import { getDb } from "@/server/runtime.ts";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/imports/${id}`)}`);
  if (!roleAtLeast(actor.role, "editor")) {
    return (
      <Notice tone="warning" action={<Link href="/" className="font-medium underline">All documents</Link>}>
        <p>Bulk imports are for editors and administrators.</p>
      </Notice>
    );
  }
  const batch = await getBatch(await getDb(), actor, id).catch((e) => {
    if (e instanceof AppError && e.status === 404) notFoundPage();
    throw e;
  });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <BatchProgress initial={batch} />
      <p className="text-sm text-stone-600">
        <Link href="/import/bulk" className="underline">Import more</Link>
      </p>
    </div>
  );
}
