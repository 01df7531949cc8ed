"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useRef, useState, useTransition, type BaseSyntheticEvent, type RefObject } from "react";
import { useForm } from "react-hook-form";
import { saveVerdict } from "@/app/documents/[id]/review-actions.ts";
import { STATUS_LABEL, type ItemStatus } from "@/lib/items/labels.ts";
import { VERDICT_STATUSES, verdictSchema, type VerdictInput } from "@/lib/validations/verdict.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";
import { inputClass } from "../ui/field.tsx";
import type { PanelCommands } from "./panel-commands.ts";
import type { ApplyResult } from "./use-review-results.ts";
import { useDraft, useKeepDraft } from "./use-draft.ts";

const NOTE: readonly "note"[] = ["note"];
const KEY: Partial<Record<ItemStatus, string>> = { verified: "v", disputed: "d", unverifiable: "u" };
const CHECKED: Record<ItemStatus, string> = {
  pending: "has-checked:bg-stone-700 has-checked:text-white",
  verified: "has-checked:bg-emerald-700 has-checked:text-white",
  disputed: "has-checked:bg-rose-700 has-checked:text-white",
  unverifiable: "has-checked:bg-violet-700 has-checked:text-white",
};

interface Props {
  item: ItemView;
  apply: ApplyResult;
  commands: RefObject<PanelCommands>;
  /** A save in the panel was refused as stale: what the reviewer had chosen no longer stands. */
  conflicted: boolean;
}

/**
 * The verdict: a status and an optional note, saved against the version shown in the panel.
 * The choice always starts from the item as the panel shows it: when the panel's data changes
 * under the form (a colleague's save, a refused one), an untouched choice follows the item, and
 * after a conflict, or over a choice the reviewer had made, nothing is selected until they choose
 * again. A typed note is kept (it is theirs); a missing citation sends focus to "Add citation".
 */
export function VerdictForm({ item, apply, commands: commandsRef, conflicted }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // A message belongs to the version it was said about: once the item moves on, it is gone.
  const [said, setSaid] = useState<{ tone: "error" | "success"; text: string; version: number } | null>(null);
  const message = said?.version === item.version ? said : null;
  const [citationAskedAt, setCitationAskedAt] = useState<number | null>(null);
  const needsCitation = citationAskedAt === item.version;
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  const draft = useDraft<VerdictInput>(item.id, "note", NOTE);
  const [noteRestored, setNoteRestored] = useState(!!draft.restored?.note);
  const form = useForm<VerdictInput>({
    resolver: zodResolver(verdictSchema),
    defaultValues: { status: item.status, note: draft.restored?.note ?? "", version: item.version },
  });
  useKeepDraft(form, draft);
  const noteError = form.formState.errors.note?.message;
  const statusError = form.formState.errors.status?.message;
  const shown = useRef({ version: item.version, status: item.status });
  const ownSave = useRef<number | null>(null);

  useEffect(() => {
    if (shown.current.version === item.version && shown.current.status === item.status) return;
    shown.current = { version: item.version, status: item.status };
    // Our own save's answer: onValid has already reset the form to it.
    if (ownSave.current === item.version) return;
    const hadChosen = form.getFieldState("status").isDirty;
    const chooseAgain = conflicted || hadChosen;
    form.reset({ status: item.status, note: form.getValues("note"), version: item.version });
    if (!chooseAgain) return;
    // No status at all: the radios uncheck (a reset to undefined would bring back the one first rendered).
    form.setValue("status", null as unknown as VerdictInput["status"]);
    form.setError("status", {
      type: "stale",
      message: conflicted
        ? "Choose the verdict again: nothing is selected, and nothing is saved until you do."
        : `Someone changed this item meanwhile (now ${STATUS_LABEL[item.status]}, version ${item.version}). Choose the verdict again.`,
    });
  }, [item.version, item.status, conflicted, form]);

  const onValid = (values: VerdictInput) => {
    busy.current = true;
    startTransition(async () => {
      setSaid(null);
      const result = apply(await saveVerdict(item.id, values), "verdict");
      busy.current = false;
      setCitationAskedAt(!result.ok && result.needsCitation ? item.version : null);
      if (result.ok) {
        const now = result.panel?.item;
        ownSave.current = now?.version ?? null;
        setSaid({ tone: "success", text: `Saved: ${STATUS_LABEL[values.status as ItemStatus]}${now ? ` (version ${now.version})` : ""}.`, version: now?.version ?? item.version });
        form.reset({ status: now?.status ?? values.status, note: "", version: now?.version ?? item.version });
        draft.discard();
        setNoteRestored(false);
      } else if (result.needsCitation) {
        setSaid({ tone: "error", text: result.message, version: item.version });
        commandsRef.current.offerCitation?.();
      } else if (!result.conflict) {
        setSaid({ tone: "error", text: result.message, version: item.version });
        if (result.fields?.note) form.setError("note", { type: "server", message: result.fields.note.join(" ") });
      }
    });
  };
  // handleSubmit is called when the form is submitted, not during render: onValid touches a ref.
  const save = (event?: BaseSyntheticEvent) => form.handleSubmit(onValid)(event);

  // The verdict keys save at once with whatever note is typed, as the Save button would.
  useEffect(() => {
    const c = commandsRef.current;
    c.saveVerdict = (status) => {
      if (busy.current) return;
      form.setValue("status", status);
      formRef.current?.scrollIntoView({ block: "nearest" });
      void save();
    };
    return () => {
      c.saveVerdict = undefined;
    };
  });

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-busy={pending} data-testid="verdict-form" className="space-y-2">
      <fieldset disabled={pending}>
        <legend className="mb-1 text-xs font-medium text-stone-800">Verdict</legend>
        <div className="grid grid-cols-4 overflow-hidden rounded-md border border-stone-300 text-xs font-medium">
          {VERDICT_STATUSES.map((status) => (
            <label
              key={status}
              className={`flex cursor-pointer items-center justify-center gap-1 border-stone-300 bg-white px-1 py-1.5 text-stone-800 not-last:border-r hover:bg-stone-100 has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-blue-700 ${CHECKED[status]}`}
            >
              <input type="radio" value={status} className="sr-only" {...form.register("status", { onChange: () => form.clearErrors("status") })} />
              <span>{STATUS_LABEL[status]}</span>
              {KEY[status] && (
                <kbd aria-hidden="true" className="font-mono text-[0.65rem] opacity-60">
                  {KEY[status]}
                </kbd>
              )}
            </label>
          ))}
        </div>
        {/* Right under the choice it answers: "add a citation first" must not be missed. */}
        <p
          data-testid="verdict-message"
          aria-live="polite"
          className={`mt-1 min-h-4 text-xs ${message?.tone === "success" && !statusError ? "text-emerald-800" : "font-medium text-red-700"}`}
        >
          {pending ? "Saving…" : (statusError ?? message?.text)}
        </p>
        {needsCitation && !pending && <p className="text-xs text-stone-600">“Add citation” is just above (or press c).</p>}
        <label htmlFor={`${id}-note`} className="mt-1 mb-0.5 block text-xs font-medium text-stone-800">
          Note <span className="font-normal text-stone-500">(optional, kept in the history)</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          className={inputClass}
          aria-invalid={!!noteError}
          aria-describedby={`${id}-note-error ${id}-note-draft`}
          {...form.register("note")}
        />
        {noteRestored && (
          <p id={`${id}-note-draft`} className="text-xs text-stone-600" data-testid="note-draft">
            Kept in this browser from before: saved with the verdict.
          </p>
        )}
        <FieldError id={`${id}-note-error`} messages={noteError as string | undefined} />
      </fieldset>
      <Button type="submit" size="sm" disabled={pending}>
        Save verdict
      </Button>
    </form>
  );
}
