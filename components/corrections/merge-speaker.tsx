"use client";

import { useId, useState } from "react";
import { mergeSpeakers } from "@/app/documents/[id]/correction-actions.ts";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import { PersonCombobox } from "../people/person-combobox.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

/**
 * Folds a duplicate person ("Zelensky") into this quote's speaker ("Volodymyr Zelenskyy"): the
 * speaker keeps both names, the duplicate's as an alias, and takes all of its quotes. The duplicate
 * is searched for by name or alias; `people` (the document's speakers) give the kept one's aliases.
 */
export function MergeSpeaker({ item, people, apply }: { item: ItemView; people: PersonOption[]; apply: ApplyResult }) {
  const id = useId();
  const [text, setText] = useState("");
  const [duplicate, setDuplicate] = useState<PersonOption | null>(null);
  const { pending, message, run } = useCorrection(apply);
  const speaker = item.speaker!;
  const kept = people.find((p) => p.id === speaker.id);

  function merge() {
    if (!duplicate) return;
    run(() => mergeSpeakers(item.id, { keepId: speaker.id, mergeId: duplicate.id }), `Merged: ${speaker.name} now also goes by “${duplicate.name}”.`, () => {
      setText("");
      setDuplicate(null);
    });
  }

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-merge`} className="block text-xs font-medium text-stone-800">
        Merge a duplicate into {speaker.name}
      </label>
      {kept && kept.aliases.length > 0 && <p className="text-xs text-stone-500">Also known as {kept.aliases.map((a) => `“${a}”`).join(", ")}.</p>}
      <div className="flex gap-2">
        <PersonCombobox
          id={`${id}-merge`}
          value={text}
          onValueChange={(next) => {
            setText(next);
            if (duplicate && next !== duplicate.name) setDuplicate(null);
          }}
          onPick={(person) => {
            setText(person.name);
            setDuplicate(person);
          }}
          excludeIds={[speaker.id]}
          placeholder="Search for the duplicate…"
          disabled={pending}
        />
        <Button size="sm" variant="secondary" onClick={merge} disabled={!duplicate || pending} className="shrink-0">
          Merge
        </Button>
      </div>
      {duplicate && (
        <p className="text-xs text-stone-700" data-testid="merge-preview">
          Both names are kept: “{duplicate.name}”{duplicate.aliases.length ? ` (and ${duplicate.aliases.map((a) => `“${a}”`).join(", ")})` : ""} becomes an alias of{" "}
          {speaker.name}, and its {duplicate.quotes} {duplicate.quotes === 1 ? "quote moves" : "quotes move"} to {speaker.name}.
        </p>
      )}
      <CorrectionMessage message={message} />
    </div>
  );
}
