"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { inputClass } from "../ui/field.tsx";
import { usePeopleSearch, type PeopleSearchState } from "./use-people-search.ts";

interface Props {
  /** The input's id, for its <label htmlFor>. */
  id: string;
  value: string;
  onValueChange(text: string): void;
  onPick(person: PersonOption): void;
  /** People not to offer (the speaker a duplicate is merged into). */
  excludeIds?: readonly string[];
  /** Said under "No match": what Enter or the form's button does with a name nobody has. */
  noMatchHint?: string;
  /** Each answer of the search, for a form that resolves typed names against what was found. */
  onResults?(state: PeopleSearchState): void;
  placeholder?: string;
  disabled?: boolean;
}

/**
 * A name field that searches the archive's people as one types (GET /api/people?q=), for
 * archives far too large to send to the page. WAI-ARIA combobox with a list box: ↓/↑ move
 * through the matches, Enter takes the highlighted one (with none highlighted, Enter submits the
 * form as before), Escape closes the list; the matches are read out as they change.
 */
export function PersonCombobox({ id, value, onValueChange, onPick, excludeIds = [], noMatchHint, onResults, placeholder, disabled }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = usePeopleSearch(value, open && !disabled);
  const options = search.people.filter((p) => !excludeIds.includes(p.id));
  // Other matches start with none highlighted (reset during render, React's pattern for a changed
  // value); the same matches answered again keep the highlight where it is.
  const matches = `${search.query}\n${options.map((p) => p.id).join(" ")}`;
  const [seen, setSeen] = useState(matches);
  if (seen !== matches) {
    setSeen(matches);
    setActive(-1);
  }
  useEffect(() => onResults?.(search), [search, onResults]);
  const expanded = open && search.status !== "idle";

  function pick(person: PersonOption) {
    onPick(person);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      setActive((a) => moveActive(a, options.length, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === "Escape" && expanded) {
      // Only the list closes: the panel around stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="relative min-w-0 flex-1">
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && options[active] ? `${listId}-${options[active].id}` : undefined}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        className={inputClass}
        disabled={disabled}
      />
      <PersonListbox id={listId} open={expanded} search={search} options={options} active={active} noMatchHint={noMatchHint} onPick={pick} onHover={setActive} />
    </div>
  );
}

/** The next highlighted option for ↓ (+1) or ↑ (-1), wrapping round; -1 is none, and stays so without options. */
export function moveActive(active: number, count: number, by: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return by === 1 ? 0 : count - 1;
  return (active + by + count) % count;
}

interface ListboxProps {
  id: string;
  open: boolean;
  search: PeopleSearchState;
  options: readonly PersonOption[];
  active: number;
  noMatchHint?: string;
  onPick(person: PersonOption): void;
  onHover(index: number): void;
}

/** The matches under the field, or what the search is doing: looking, found nothing, failed. */
export function PersonListbox({ id, open, search, options, active, noMatchHint, onPick, onHover }: ListboxProps) {
  const note =
    search.status === "error"
      ? "The search failed. Keep typing to try again."
      : options.length === 0
        ? search.status === "loading"
          ? "Searching…"
          : `No match for “${search.query}”.${noMatchHint ? ` ${noMatchHint}` : ""}`
        : null;
  return (
    <>
      <ul
        id={id}
        role="listbox"
        aria-label="Matching people"
        hidden={!open || options.length === 0}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded border border-stone-300 bg-white py-1 shadow-lg"
      >
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${id}-${p.id}`}
            role="option"
            aria-selected={i === active}
            // Pressing the pointer would blur the field (and close the list) before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(p)}
            onMouseEnter={() => onHover(i)}
            className={`cursor-pointer px-2.5 py-1.5 text-sm ${i === active ? "bg-stone-900 text-white" : "text-stone-900 hover:bg-stone-100"}`}
          >
            <span className="block truncate font-medium">{p.name}</span>
            <span className={`block truncate text-xs ${i === active ? "text-stone-200" : "text-stone-500"}`}>
              {p.quotes} {p.quotes === 1 ? "quote" : "quotes"}
              {p.aliases.length > 0 && ` · also ${p.aliases.join(", ")}`}
            </span>
          </li>
        ))}
      </ul>
      {open && note && (
        <p className="absolute inset-x-0 top-full z-20 mt-1 rounded border border-stone-300 bg-white px-2.5 py-1.5 text-xs text-stone-600 shadow-lg" data-testid="person-search-note">
          {note}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {open && search.status === "done" ? (options.length ? `${options.length} ${options.length === 1 ? "match" : "matches"}; arrow keys to choose.` : "No match.") : ""}
      </p>
    </>
  );
}
