"use client";

import { useState, useTransition } from "react";
import { formatDate } from "@/lib/format/format-date.ts";
import type { PanelCitation, ReviewResult } from "@/lib/review/panel-types.ts";
import type { CitationInput } from "@/lib/validations/citation.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmButton } from "../ui/confirm-button.tsx";
import { CitationForm } from "./citation-form.tsx";
import { StanceBadge } from "./stance-badge.tsx";

interface Props {
  citation: PanelCitation;
  /** The signed-in user added it, or is an editor: the service allows the same. */
  canChange: boolean;
  onEdit(values: CitationInput): Promise<ReviewResult>;
  onRemove(): Promise<ReviewResult>;
}

/** One source: its title links out (never with the app's referrer or trust), then who added it and when. */
export function CitationEntry({ citation, canChange, onEdit, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removing, startRemoving] = useTransition();

  if (editing) {
    return (
      <li>
        <CitationForm
          initial={citation}
          draftFor={citation.id}
          onCancel={() => setEditing(false)}
          onSave={async (values) => {
            const result = await onEdit(values);
            if (result.ok) setEditing(false);
            return result;
          }}
        />
      </li>
    );
  }

  return (
    <li className="space-y-1 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm" data-citation-id={citation.id}>
      <div className="flex items-start gap-2">
        <a
          href={citation.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="min-w-0 flex-1 font-medium wrap-anywhere text-stone-900 underline decoration-stone-300 underline-offset-2 hover:decoration-stone-700"
        >
          {citation.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <StanceBadge stance={citation.stance} />
      </div>
      <p className="truncate text-xs text-stone-500" title={citation.url}>
        {citation.publisher ? <span className="text-stone-700">{citation.publisher} · </span> : null}
        {hostOf(citation.url)}
      </p>
      {citation.excerpt && <blockquote className="border-l-2 border-stone-200 pl-2 font-serif wrap-anywhere text-[0.85rem] text-stone-700 italic">“{citation.excerpt}”</blockquote>}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
        <span>
          Accessed {formatDate(citation.accessedAt)} · added by {citation.addedBy ?? "a reviewer"}
        </span>
        {canChange && (
          <span className="ml-auto flex items-center gap-1">
            <Button variant="quiet" size="sm" onClick={() => setEditing(true)} disabled={removing} aria-label={`Edit citation “${citation.title}”`}>
              Edit
            </Button>
            <ConfirmButton
              variant="quiet"
              size="sm"
              label="Remove"
              question="Remove this citation?"
              confirmLabel="Yes, remove"
              disabled={removing}
              onConfirm={() =>
                startRemoving(async () => {
                  const result = await onRemove();
                  setError(result.ok ? null : result.message);
                })
              }
            />
          </span>
        )}
      </div>
      {error && (
        <p aria-live="polite" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
