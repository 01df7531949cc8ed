import type { SearchQuery } from "@/lib/validations/search-query.ts";
import { STATUS_LABEL, STATUSES } from "@/lib/items/labels.ts";
import { buttonClass } from "../ui/button.tsx";
import { inputClass } from "../ui/field.tsx";
import { SpeakerFilter } from "./speaker-filter.tsx";

type Shown = Partial<Pick<SearchQuery, "q" | "type" | "status" | "language" | "from" | "to">>;

/** The search page's form: the words and what narrows them, as a GET form (a link keeps a search). */
export function SearchFilters({ shown, speaker }: { shown: Shown; speaker: { id: string; name: string } | null }) {
  const select = `${inputClass} py-1 text-sm`;
  return (
    <form action="/search" method="get" role="search" aria-label="Search with filters" className="space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Words to search for
        </label>
        <input id="search-q" name="q" type="search" defaultValue={shown.q ?? ""} maxLength={200} className={`${inputClass} text-base`} placeholder='Words, "a phrase", -left out' />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        <Choice label="Type" name="type" value={shown.type} className={select} options={[["document", "Documents"], ["quote", "Quotes"], ["claim", "Claims"], ["person", "Speakers"]]} all="Everything" />
        <Choice label="Status" name="status" value={shown.status} className={select} options={STATUSES.map((s) => [s, STATUS_LABEL[s]])} all="Any status" />
        <SpeakerFilter key={speaker?.id ?? ""} initial={speaker} className={select} />
        <Choice label="Language" name="language" value={shown.language} className={select} options={[["id", "Indonesian"], ["en", "English"]]} all="Both languages" />
        <label className="text-xs text-stone-600">
          Published from
          <input type="date" name="from" defaultValue={shown.from ?? ""} className={`${select} mt-0.5`} />
        </label>
        <label className="text-xs text-stone-600">
          to
          <input type="date" name="to" defaultValue={shown.to ?? ""} className={`${select} mt-0.5`} />
        </label>
      </div>
    </form>
  );
}

function Choice({ label, name, value, options, all, className }: { label: string; name: string; value?: string; options: [string, string][]; all: string; className: string }) {
  return (
    <label className="text-xs text-stone-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${className} mt-0.5`}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
