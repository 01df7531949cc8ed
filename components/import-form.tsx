"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { importAction, type PreviewState } from "@/app/import/actions.ts";
import type { ActionState } from "@/app/_lib/action-result.ts";
import { guessTitle } from "@/lib/import/guess-title.ts";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/validations/document.ts";
import { LinkFetch } from "./import/link-fetch.tsx";
import { LinkPreview } from "./import/link-preview.tsx";
import { UploadField, type Upload } from "./import/upload-field.tsx";
import { Button } from "./ui/button.tsx";
import { FieldError } from "./ui/field-error.tsx";

type Field = "title" | "body" | "sourceName" | "sourceUrl" | "publishedAt" | "language";
const FIELDS: readonly Field[] = ["title", "body", "sourceName", "sourceUrl", "publishedAt", "language"];
const EMPTY = { title: "", body: "", sourceName: "", sourceUrl: "", publishedAt: "", language: "" };

const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

/**
 * The import form. It checks with the same schema as the server before sending, and shows the
 * server's answer under each field; what was typed stays in place whatever happens.
 */
export function ImportForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(importAction, {});
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fetched, setFetched] = useState<PreviewState | null>(null);
  const form = useForm<ImportDocumentInput>({ resolver: zodResolver(importDocumentSchema), defaultValues: EMPTY });
  const { errors } = form.formState;

  // Server errors join the client's under each field, and clear as soon as the field is fixed.
  useEffect(() => {
    const named = FIELDS.filter((f) => state.fields?.[f]);
    named.forEach((f, i) => form.setError(f, { type: "server", message: state.fields![f]!.join(" ") }, { shouldFocus: i === 0 }));
  }, [state, form]);

  function onLoad(file: Upload) {
    setUpload(file);
    form.setValue("body", file.text, { shouldValidate: true, shouldDirty: true });
    const title = guessTitle(file.text, file.format);
    if (title && !String(form.getValues("title") ?? "").trim()) form.setValue("title", title, { shouldValidate: true });
  }

  // A fetched page fills every field, as if the editor had typed it: they check it, then import.
  function onPreview(state: PreviewState) {
    setFetched(state);
    if (!state.preview) return;
    const { article } = state.preview;
    setUpload(null);
    const values = { ...EMPTY, title: article.title, body: article.body, sourceName: article.sourceName, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt ?? "", language: article.language };
    for (const f of FIELDS) form.setValue(f, values[f], { shouldValidate: true, shouldDirty: true });
  }

  function onClear() {
    // The file's text goes with it, unless the editor has since worked on it in the box.
    if (upload && (upload.format === "html" || form.getValues("body") === upload.text)) form.setValue("body", "");
    setUpload(null);
  }

  const onSubmit = form.handleSubmit(() => {
    const data = new FormData();
    // What the editor typed, not the parsed values: the server parses it again with the same schema.
    for (const [name, value] of Object.entries(form.getValues())) data.set(name, value == null ? "" : String(value));
    data.set("bodyFormat", upload?.format === "html" ? "html" : "text");
    startTransition(() => action(data));
  });

  const message = (name: Field) => errors[name]?.message as string | undefined;
  const field = (name: Field) => ({ id: name, "aria-invalid": !!errors[name], "aria-describedby": `${name}-error`, ...form.register(name) });

  return (
    <>
      <LinkFetch onPreview={onPreview} disabled={pending} />
      {fetched?.preview ? (
        <LinkPreview preview={fetched.preview} />
      ) : fetched?.message && !fetched.fields?.url ? (
        <p role="alert" className="text-sm text-red-700" data-testid="fetch-message">
          {fetched.message}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <fieldset disabled={pending} className="space-y-5">
          <div>
            <Label htmlFor="title">Title</Label>
            <input type="text" className={inputClass} {...field("title")} />
            <FieldError id="title-error" messages={message("title")} />
          </div>

          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <Label htmlFor="sourceName" optional>Source name</Label>
              <input type="text" placeholder="Bisnis.com" className={inputClass} {...field("sourceName")} />
              <FieldError id="sourceName-error" messages={message("sourceName")} />
            </div>
            <div>
              <Label htmlFor="sourceUrl" optional>Source URL</Label>
              <input type="url" inputMode="url" placeholder="https://" className={inputClass} {...field("sourceUrl")} />
              <FieldError id="sourceUrl-error" messages={message("sourceUrl")} />
            </div>
            <div>
              <Label htmlFor="publishedAt" optional>Published date</Label>
              <input type="date" className={inputClass} {...field("publishedAt")} />
              <FieldError id="publishedAt-error" messages={message("publishedAt")} />
            </div>
            <div>
              <Label htmlFor="language">Language</Label>
              <select className={inputClass} {...field("language")}>
                <option value="">Auto-detect</option>
                <option value="id">Indonesian</option>
                <option value="en">English</option>
              </select>
              <FieldError id="language-error" messages={message("language")} />
            </div>
          </div>

          <div className="space-y-3">
            {upload?.format === "html" ? (
              <>
                <p className="mb-1 block text-sm font-medium text-stone-800">Article text</p>
                <p className="rounded border border-dashed border-stone-300 bg-stone-50 px-3 py-6 text-center text-sm text-stone-600">
                  The text of <span className="font-medium">{upload.name}</span> will be imported.
                </p>
              </>
            ) : (
              <>
                <Label htmlFor="body">Article text</Label>
                <textarea rows={14} placeholder="Paste the article here, one paragraph per line." className={`${inputClass} font-serif leading-relaxed`} {...field("body")} />
              </>
            )}
            <div className="-mt-3">
              <FieldError id="body-error" messages={message("body")} />
            </div>
            <UploadField upload={upload} onLoad={onLoad} onClear={onClear} disabled={pending} />
          </div>
        </fieldset>

        <div className="flex items-center gap-4 border-t border-stone-100 pt-4">
          <Button type="submit" disabled={pending}>
            {pending ? "Importing and extracting…" : "Import and extract"}
          </Button>
          <p aria-live="polite" className="text-sm text-red-700" data-testid="form-message">
            {pending ? "" : state.message}
          </p>
        </div>
      </form>
    </>
  );
}

function Label({ htmlFor, optional, children }: { htmlFor: string; optional?: boolean; children: string }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-sm font-medium text-stone-800">
      {children} {optional && <span className="font-normal text-stone-500">(optional)</span>}
    </label>
  );
}
