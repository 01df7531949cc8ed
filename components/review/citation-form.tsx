"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { todayIso } from "@/lib/format/today-iso.ts";
import type { PanelCitation, ReviewResult } from "@/lib/review/panel-types.ts";
import { citationSchema, type CitationInput } from "@/lib/validations/citation.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";
import { inputClass, Label } from "../ui/field.tsx";
import { useDraft, useKeepDraft } from "./use-draft.ts";

type Field = "url" | "title" | "publisher" | "excerpt" | "stance" | "accessedAt";
const FIELDS: readonly Field[] = ["url", "title", "publisher", "excerpt", "stance", "accessedAt"];
// What a draft keeps: what was typed or chosen (the access date starts as today by itself).
const DRAFT_FIELDS: readonly Field[] = ["url", "title", "publisher", "excerpt", "stance"];

interface Props {
  /** The citation being edited; absent when adding one. */
  initial?: PanelCitation;
  /** Whose draft this is, kept in the browser until saved or cancelled: the item's id when adding, the citation's when editing. */
  draftFor: string;
  onSave(values: CitationInput): Promise<ReviewResult>;
  onCancel(): void;
  /** Changes when the reviewer asks for the form again (key c): focus goes back to the URL. */
  focusKey?: number;
}

/**
 * Adding or editing a source. The same schema checks it here and in the service; the server's
 * field errors land under the same inputs, and nothing typed is lost on a refusal. The stance
 * starts unchosen: whether a source supports or refutes is the point of citing it.
 */
export function CitationForm({ initial, draftFor, onSave, onCancel, focusKey = 0 }: Props) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const draft = useDraft<CitationInput>(draftFor, "citation", DRAFT_FIELDS);
  const form = useForm<CitationInput>({
    resolver: zodResolver(citationSchema),
    defaultValues: {
      url: initial?.url ?? "",
      title: initial?.title ?? "",
      publisher: initial?.publisher ?? "",
      excerpt: initial?.excerpt ?? "",
      stance: initial?.stance ?? ("" as CitationInput["stance"]),
      accessedAt: initial?.accessedAt ?? todayIso(),
      ...draft.restored,
    },
  });
  useKeepDraft(form, draft);
  const { errors } = form.formState;

  function cancel() {
    draft.discard();
    onCancel();
  }

  // Reopened by itself after a reload (a draft), it leaves focus where it is: keys keep working.
  const opensItself = !!draft.restored && focusKey === 0;
  useEffect(() => {
    if (!opensItself) form.setFocus("url");
  }, [form, focusKey, opensItself]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await onSave(values);
      if (result.ok) return draft.discard();
      setMessage(result.message);
      FIELDS.filter((f) => result.fields?.[f]).forEach((f, i) => form.setError(f, { type: "server", message: result.fields![f]!.join(" ") }, { shouldFocus: i === 0 }));
    }),
  );

  const f = (name: Field) => ({
    id: `${id}-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": `${id}-${name}-error`,
    ...form.register(name),
  });
  const error = (name: Field) => <FieldError id={`${id}-${name}-error`} messages={errors[name]?.message as string | undefined} />;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
      aria-label={initial ? "Edit citation" : "Add citation"}
      data-testid="citation-form"
      className="space-y-1 rounded-md border border-stone-300 bg-stone-50 p-3"
    >
      <fieldset disabled={pending} className="space-y-1">
        <div>
          <Label htmlFor={`${id}-url`}>Source URL</Label>
          <input type="url" inputMode="url" placeholder="https://" className={inputClass} {...f("url")} />
          {error("url")}
        </div>
        <div>
          <Label htmlFor={`${id}-title`}>Title</Label>
          <input type="text" className={inputClass} {...f("title")} />
          {error("title")}
        </div>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <Label htmlFor={`${id}-publisher`} optional>
              Publisher
            </Label>
            <input type="text" className={inputClass} {...f("publisher")} />
            {error("publisher")}
          </div>
          <div>
            <Label htmlFor={`${id}-accessedAt`}>Accessed</Label>
            <input type="date" className={inputClass} {...f("accessedAt")} />
            {error("accessedAt")}
          </div>
        </div>
        <div>
          <Label htmlFor={`${id}-stance`}>Stance</Label>
          <select className={inputClass} {...f("stance")}>
            <option value="">Choose…</option>
            <option value="supports">Supports the item</option>
            <option value="refutes">Refutes the item</option>
            <option value="context">Gives context</option>
          </select>
          {error("stance")}
        </div>
        <div>
          <Label htmlFor={`${id}-excerpt`} optional>
            Excerpt from the source
          </Label>
          <textarea rows={3} className={inputClass} {...f("excerpt")} />
          {error("excerpt")}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <Button type="submit" disabled={pending} size="sm">
          Save citation
        </Button>
        <Button variant="quiet" onClick={cancel} disabled={pending} size="sm">
          Cancel
        </Button>
        <p aria-live="polite" className={`min-w-0 flex-1 text-xs ${pending ? "text-stone-600" : "text-red-700"}`}>
          {pending ? "Saving…" : message}
        </p>
        {draft.restored && !message && !pending && (
          <p className="w-full text-xs text-stone-600" data-testid="citation-draft">
            Kept in this browser from before: not saved yet.
          </p>
        )}
      </div>
    </form>
  );
}
