"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { formatBytes } from "@/lib/format/format-bytes.ts";
import { textProblem, UPLOAD_ACCEPT, uploadFormat, uploadProblem, type UploadFormat } from "@/lib/import/upload.ts";
import { FieldError } from "../ui/field-error.tsx";

export interface Upload {
  name: string;
  size: number;
  format: UploadFormat;
  text: string;
}

/**
 * Picks a .txt, .md or .html file and reads it in the browser. Files over 1 MB, of another type
 * or not UTF-8 are refused here with a reason (the server refuses them too); nothing is sent
 * until the form is submitted.
 */
export function UploadField({ upload, onLoad, onClear, disabled }: { upload: Upload | null; onLoad(upload: Upload): void; onClear(): void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const early = uploadProblem(file);
    const text = early ? "" : await file.text();
    const refused = early ?? textProblem(file.name, text);
    setProblem(refused);
    if (refused) {
      event.target.value = "";
      return;
    }
    onLoad({ name: file.name, size: file.size, format: uploadFormat(file.name)!, text });
  }

  function clear() {
    if (input.current) input.current.value = "";
    setProblem(null);
    onClear();
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="file" className="text-sm text-stone-700">
          Or upload a file <span className="text-stone-500">(.txt, .md or .html, up to 1 MB)</span>
        </label>
        <input
          ref={input}
          id="file"
          type="file"
          accept={UPLOAD_ACCEPT}
          onChange={onChange}
          disabled={disabled}
          aria-describedby="file-status file-error"
          className="text-sm text-stone-700 file:mr-3 file:rounded file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-stone-100"
        />
      </div>
      {upload && (
        <p id="file-status" className="mt-2 flex items-center gap-2 text-sm text-stone-700" data-testid="upload-status">
          <span>
            Loaded <span className="font-medium">{upload.name}</span> ({formatBytes(upload.size)})
            {upload.format === "html" && " — the page will be reduced to its text when you import; scripts and styles are dropped."}
          </span>
          <button type="button" onClick={clear} disabled={disabled} className="rounded px-1.5 text-stone-600 underline hover:text-stone-900">
            Remove
          </button>
        </p>
      )}
      <FieldError id="file-error" messages={problem ?? undefined} />
    </div>
  );
}
