"use client";

import { useId, useState, type FormEvent } from "react";
import { saveCorrection } from "../../app/documents/[id]/correction-actions.ts";
import type { PersonOption } from "../../lib/review/panel-types.ts";
import { resolveSpeaker } from "../../lib/review/resolve-speaker.ts";
import type { ItemView } from "../../lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import { inputClass } from "../ui/field.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

/** The quote's speaker: pick a known person (by name or alias) or type a new one. */
export function SpeakerCorrection({ item, people, apply }: { item: ItemView; people: PersonOption[]; apply: ApplyResult }) {
  const id = useId();
  // Untouched, the field follows the item (fresh data may name a new speaker); once typed in, it keeps
  // the editor's text through a refused save, until their own save succeeds.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? item.speaker?.name ?? "";
  const { pending, message, run, setMessage } = useCorrection(apply);

  function submit(event: FormEvent) {
    event.preventDefault();
    const target = resolveSpeaker(value, people);
    if (!target) return setMessage({ tone: "error", text: "Type a name, or pick a person from the list." });
    if ("speakerId" in target && target.speakerId === item.speaker?.id) return setMessage({ tone: "error", text: "That is already the speaker." });
    const name = "speakerId" in target ? people.find((p) => p.id === target.speakerId)!.name : target.speaker;
    const isNew = "speaker" in target && !people.some((p) => p.name.toLowerCase() === name.toLowerCase());
    run(
      () => saveCorrection(item.id, { version: item.version, ...target }),
      isNew ? `Speaker changed to ${name}, added as a new person.` : `Speaker changed to ${name}.`,
      () => setDraft(null),
    );
  }

  return (
    <form onSubmit={submit} className="space-y-1">
      <label htmlFor={`${id}-speaker`} className="block text-xs font-medium text-stone-800">
        Speaker
      </label>
      <div className="flex gap-2">
        <input
          id={`${id}-speaker`}
          list={`${id}-people`}
          value={value}
          onChange={(e) => setDraft(e.target.value)}
          autoComplete="off"
          placeholder="Pick a person or type a new name"
          className={inputClass}
          disabled={pending}
        />
        <datalist id={`${id}-people`}>
          {people.map((p) => (
            <option key={p.id} value={p.name} label={p.aliases.length ? `also ${p.aliases.join(", ")}` : undefined} />
          ))}
        </datalist>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="shrink-0">
          Change speaker
        </Button>
      </div>
      <CorrectionMessage message={message} />
    </form>
  );
}
