"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { formatBytes } from "@/lib/format/format-bytes.ts";
import { countOf } from "@/lib/format/count-of.ts";
import { readBulkFiles, type BulkSelection } from "@/lib/import/read-bulk-files.ts";
import { UPLOAD_ACCEPT } from "@/lib/import/upload.ts";
import { bulkImportSchema } from "@/lib/validations/bulk-import.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";

const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

/**
 * Files or addresses for a bulk import, checked here with the server's schema and sent as one
 * batch; the batch's page then follows it. Nothing chosen or typed is lost when sending fails.
 */
export function BulkImportForm() {
  const router = useRouter();
  const [selection, setSelection] = useState<BulkSelection | null>(null);
  const [reading, setReading] = useState(false);
  const [urls, setUrls] = useState("");
  const [sourceName, setSourceName] = useState("");
  const [pending, setPending] = useState<"files" | "urls" | null>(null);
  const [problem, setProblem] = useState<{ files?: string; urls?: string }>({});

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    setProblem({});
    if (chosen.length === 0) return setSelection(null);
    setReading(true);
    try {
      setSelection(await readBulkFiles(chosen));
    } finally {
      setReading(false);
    }
  }

  async function send(kind: "files" | "urls", event: FormEvent) {
    event.preventDefault();
    const lines = urls.split("\n").map((l) => l.trim()).filter(Boolean);
    const input = kind === "files" ? { kind, sourceName, files: selection?.files ?? [] } : { kind, sourceName, urls: lines };
    const checked = bulkImportSchema.safeParse(input);
    if (!checked.success) return setProblem({ [kind]: checked.error.issues[0]!.message });
    setProblem({});
    setPending(kind);
    try {
      const response = await fetch("/api/batches", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      const answer = await response.json().catch(() => null);
      if (response.ok && answer?.batchId) return router.push(`/imports/${answer.batchId}`);
      setProblem({ [kind]: answer?.error?.message ?? `The server answered ${response.status}; nothing was imported. Try again.` });
    } catch {
      setProblem({ [kind]: "The server could not be reached; nothing was imported. Check the connection and try again." });
    }
    setPending(null);
  }

  const bytes = selection?.files.reduce((n, f) => n + f.body.length, 0) ?? 0;
  return (
    <div className="space-y-6">
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <label htmlFor="batch-source" className="mb-1 block text-sm font-medium text-stone-800">
          Source name <span className="font-normal text-stone-500">(optional, for every article)</span>
        </label>
        <input id="batch-source" type="text" value={sourceName} onChange={(e) => setSourceName(e.target.value)} placeholder="Antara" className={inputClass} />
      </div>

      <form onSubmit={(e) => send("files", e)} noValidate aria-busy={pending === "files"} className="space-y-3 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <label htmlFor="bulk-files" className="block text-sm font-medium text-stone-800">
          Files <span className="font-normal text-stone-500">(.txt, .md, .html or .zip; up to 1,000 articles)</span>
        </label>
        <input
          id="bulk-files"
          type="file"
          multiple
          accept={`${UPLOAD_ACCEPT},.zip,application/zip`}
          onChange={onFiles}
          disabled={!!pending}
          aria-describedby="files-summary files-error"
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-stone-100"
        />
        {reading && <p className="text-sm text-stone-600">Reading the files…</p>}
        {selection && (
          <div id="files-summary" className="space-y-2 text-sm" data-testid="files-summary">
            <p className="text-stone-800">
              {countOf(selection.files.length, "article")} to import ({formatBytes(bytes)})
              {selection.skipped.length > 0 && `; ${countOf(selection.skipped.length, "file")} left out:`}
            </p>
            {selection.skipped.length > 0 && (
              <ul className="list-disc space-y-0.5 pl-5 text-amber-900">
                {selection.skipped.map((s) => (
                  <li key={s.name}>{s.reason}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <FieldError id="files-error" messages={problem.files} />
        <Button type="submit" disabled={!!pending || reading || !selection?.files.length}>
          {pending === "files" ? "Sending…" : "Import the files"}
        </Button>
      </form>

      <form onSubmit={(e) => send("urls", e)} noValidate aria-busy={pending === "urls"} className="space-y-3 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <label htmlFor="bulk-urls" className="block text-sm font-medium text-stone-800">
          Addresses <span className="font-normal text-stone-500">(one per line)</span>
        </label>
        <textarea
          id="bulk-urls"
          rows={6}
          value={urls}
          onChange={(e) => setUrls(e.target.value)}
          disabled={!!pending}
          placeholder={"https://…\nhttps://…"}
          aria-invalid={!!problem.urls}
          aria-describedby="urls-error"
          className={`${inputClass} font-mono`}
        />
        <FieldError id="urls-error" messages={problem.urls} />
        <Button type="submit" disabled={!!pending}>
          {pending === "urls" ? "Sending…" : "Fetch and import"}
        </Button>
      </form>
    </div>
  );
}
