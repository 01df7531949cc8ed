"use client";

import { useState } from "react";
import { PersonCombobox } from "../people/person-combobox.tsx";

interface Speaker {
  id: string;
  name: string;
}

/**
 * The search form's speaker: a searching name field (the archive has thousands of people, too
 * many for a select) that, once a person is picked, sends their id as `speaker`.
 */
export function SpeakerFilter({ initial, className }: { initial: Speaker | null; className: string }) {
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState("");
  return (
    <div className="text-xs text-stone-600">
      <label htmlFor="search-speaker">Speaker</label>
      {chosen ? (
        <div className={`${className} mt-0.5 flex items-center justify-between gap-1`} data-testid="search-speaker-chosen">
          <input type="hidden" name="speaker" value={chosen.id} />
          <span className="truncate text-stone-900">{chosen.name}</span>
          <button
            id="search-speaker"
            type="button"
            className="rounded px-1 text-stone-500 hover:bg-stone-100 hover:text-stone-900"
            aria-label={`Any speaker, not only ${chosen.name}`}
            onClick={() => setChosen(null)}
          >
            ×
          </button>
        </div>
      ) : (
        <div className="mt-0.5">
          <PersonCombobox
            id="search-speaker"
            value={text}
            onValueChange={setText}
            onPick={(p) => {
              setChosen({ id: p.id, name: p.name });
              setText("");
            }}
            placeholder="Any speaker"
          />
        </div>
      )}
    </div>
  );
}
