"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { previewUrlAction, type PreviewState } from "@/app/import/actions.ts";
import { previewUrlSchema } from "@/lib/validations/url-import.ts";
import type { z } from "zod";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";

type Input = z.input<typeof previewUrlSchema>;

/**
 * "From a link": the article's address, fetched on the server and handed to the import form
 * as a preview. Its own form, so Enter in the address fetches rather than imports.
 */
export function LinkFetch({ onPreview, disabled }: { onPreview(state: PreviewState): void; disabled?: boolean }) {
  const [pending, startTransition] = useTransition();
  const form = useForm<Input>({ resolver: zodResolver(previewUrlSchema), defaultValues: { url: "" } });
  const error = form.formState.errors.url?.message;

  const onSubmit = form.handleSubmit(({ url }) =>
    startTransition(async () => {
      const state = await previewUrlAction(url);
      if (state.fields?.url) form.setError("url", { type: "server", message: state.fields.url.join(" ") }, { shouldFocus: true });
      onPreview(state);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm" data-testid="link-fetch">
      <label htmlFor="url" className="mb-1 block text-sm font-medium text-stone-800">
        From a link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="url"
          type="url"
          inputMode="url"
          placeholder="https://…"
          aria-invalid={!!error}
          aria-describedby="url-error url-help"
          disabled={pending || disabled}
          className="w-full min-w-0 rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600"
          {...form.register("url")}
        />
        <Button type="submit" disabled={pending || disabled}>
          {pending ? "Fetching…" : "Fetch"}
        </Button>
      </div>
      <FieldError id="url-error" messages={error} />
      <p id="url-help" className="mt-1 text-xs text-stone-500">
        Attest reads the story from the page and fills in the form below for you to check before importing.
      </p>
    </form>
  );
}
