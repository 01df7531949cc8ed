"use client";

import { useId, useState, type FormEvent } from "react";
import { PersonCombobox } from "../people/person-combobox.tsx";
import type { PeopleSearchState } from "../people/use-people-search.ts";
import { saveCorrection } from "@/app/documents/[id]/correction-actions.ts";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { resolveSpeaker } from "@/lib/review/resolve-speaker.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

/**
 * The quote's speaker: pick a known person (searched by name or alias as one types) or type a new
 * one. `people` are the document's own speakers; anyone else is found through the search.
 */
export function SpeakerCorrection({ item, people, apply }: { item: ItemView; people: PersonOption[]; apply: ApplyResult }) {
  const id = useId();
  // Untouched, the field follows the item (fresh data may name a new speaker); once typed in, it keeps
  // the editor's text through a refused save, until their own save succeeds.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? item.speaker?.name ?? "";
  // The person picked from the matches, as long as the field still holds their name.
  const [picked, setPicked] = useState<PersonOption | null>(null);
  const [search, setSearch] = useState<PeopleSearchState | null>(null);
  const { pending, message, run, setMessage } = useCorrection(apply);

  function submit(event: FormEvent) {
    event.preventDefault();
    // A typed name or alias is matched against the picked person, the last matches and this document's speakers.
    const known = [...(picked ? [picked] : []), ...(search?.people ?? []), ...people];
    const target = picked && picked.name === value ? { speakerId: picked.id } : resolveSpeaker(value, known);
    if (!target) return setMessage({ tone: "error", text: "Type a name, or pick a person from the list." });
    if ("speakerId" in target && target.speakerId === item.speaker?.id) return setMessage({ tone: "error", text: "That is already the speaker." });
    const name = "speakerId" in target ? known.find((p) => p.id === target.speakerId)!.name : target.speaker;
    // "New" only when the search for this very name has answered without them.
    const searched = search?.status === "done" && search.query.toLowerCase() === name.toLowerCase();
    const isNew = "speaker" in target && searched && !known.some((p) => p.name.toLowerCase() === name.toLowerCase());
    run(
      () => saveCorrection(item.id, { version: item.version, ...target }),
      isNew ? `Speaker changed to ${name}, added as a new person.` : `Speaker changed to ${name}.`,
      () => {
        setDraft(null);
        setPicked(null);
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-1">
      <label htmlFor={`${id}-speaker`} className="block text-xs font-medium text-stone-800">
        Speaker
      </label>
      <div className="flex gap-2">
        <PersonCombobox
          id={`${id}-speaker`}
          value={value}
          onValueChange={(text) => {
            setDraft(text);
            if (picked && text !== picked.name) setPicked(null);
          }}
          onPick={(person) => {
            setDraft(person.name);
            setPicked(person);
          }}
          onResults={setSearch}
          noMatchHint="Change speaker adds them as a new person."
          placeholder="Search people or type a new name"
          disabled={pending}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="shrink-0">
          Change speaker
        </Button>
      </div>
      <CorrectionMessage message={message} />
    </form>
  );
}
