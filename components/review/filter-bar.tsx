"use client";

import { useId } from "react";
import { hasFilters, type ItemFilters } from "@/lib/items/item-filters.ts";
import { STATUS_LABEL, STATUSES } from "@/lib/items/labels.ts";

interface Props {
  filters: ItemFilters;
  onChange(next: ItemFilters): void;
  speakers: { value: string; label: string; count: number }[];
}

const select = "min-w-0 rounded border border-stone-300 bg-white px-1.5 py-1 text-xs data-[set=true]:border-stone-800 data-[set=true]:font-semibold";

/** Narrows the item list (and j/k) by type, kind, status and speaker; the choice lives in the URL. */
export function FilterBar({ filters, onChange, speakers }: Props) {
  const id = useId();
  const set = <K extends keyof ItemFilters>(key: K, value: string) => onChange({ ...filters, [key]: value || undefined });

  return (
    <div role="group" aria-label="Filter items" data-testid="filter-bar" className="space-y-1">
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
        <label htmlFor={`${id}-type`} className="sr-only">Filter by type</label>
        <select id={`${id}-type`} className={select} data-set={!!filters.type} value={filters.type ?? ""} onChange={(e) => set("type", e.target.value)}>
          <option value="">All types</option>
          <option value="quote">Quotes</option>
          <option value="claim">Claims</option>
        </select>
        <label htmlFor={`${id}-kind`} className="sr-only">Filter by kind</label>
        <select id={`${id}-kind`} className={select} data-set={!!filters.kind} value={filters.kind ?? ""} onChange={(e) => set("kind", e.target.value)}>
          <option value="">All kinds</option>
          <option value="direct">Direct</option>
          <option value="indirect">Indirect</option>
        </select>
        <label htmlFor={`${id}-status`} className="sr-only">Filter by status</label>
        <select id={`${id}-status`} className={select} data-set={!!filters.status} value={filters.status ?? ""} onChange={(e) => set("status", e.target.value)}>
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-speaker`} className="sr-only">Filter by speaker</label>
        <select id={`${id}-speaker`} className={select} data-set={!!filters.speaker} value={filters.speaker ?? ""} onChange={(e) => set("speaker", e.target.value)}>
          <option value="">All speakers</option>
          {filters.speaker && !speakers.some((s) => s.value === filters.speaker) && <option value={filters.speaker}>{filters.speaker}</option>}
          {speakers.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label} ({s.count})
            </option>
          ))}
        </select>
      </div>
      {hasFilters(filters) && (
        <p className="flex items-center gap-2 px-0.5 text-xs text-stone-600">
          <span>j/k move within these; the others are faint in the article.</span>
          <button type="button" onClick={() => onChange({})} className="ml-auto shrink-0 rounded px-1 text-stone-800 underline underline-offset-2 hover:text-stone-950">
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}
