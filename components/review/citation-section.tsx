"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { deleteCitation, saveCitationEdit, saveNewCitation } from "@/app/documents/[id]/review-actions.ts";
import type { PanelCitation } from "@/lib/review/panel-types.ts";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import { Button } from "../ui/button.tsx";
import { hasDraft } from "./use-draft.ts";
import { CitationEntry } from "./citation-entry.tsx";
import { CitationForm } from "./citation-form.tsx";
import type { PanelCommands } from "./panel-commands.ts";
import type { ApplyResult } from "./use-review-results.ts";

interface Props {
  itemId: string;
  citations: PanelCitation[];
  viewer: { id: string; role: Role };
  apply: ApplyResult;
  commands: RefObject<PanelCommands>;
}

/** The item's sources, and (reviewers and up) the form to add one. */
export function CitationSection({ itemId, citations, viewer, apply, commands: commandsRef }: Props) {
  // A citation half-typed before a reload is open again, as it was left.
  const [adding, setAdding] = useState(() => hasDraft(itemId, "citation"));
  const [focusKey, setFocusKey] = useState(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const canAdd = roleAtLeast(viewer.role, "reviewer");
  const isEditor = roleAtLeast(viewer.role, "editor");

  useEffect(() => {
    const c = commandsRef.current;
    if (!canAdd) return;
    c.openCitationForm = () => {
      setAdding(true);
      setFocusKey((k) => k + 1);
    };
    c.offerCitation = () => {
      // With the form already open, the offer is its first field.
      if (!addButton.current) return setFocusKey((k) => k + 1);
      addButton.current.focus();
      addButton.current.scrollIntoView({ block: "nearest" });
    };
    return () => {
      c.openCitationForm = undefined;
      c.offerCitation = undefined;
    };
  }, [canAdd, commandsRef]);

  function close() {
    setAdding(false);
    // Back to where the reviewer started, not to the top of the page.
    requestAnimationFrame(() => addButton.current?.focus());
  }

  return (
    <section aria-labelledby={`citations-${itemId}`} className="space-y-2">
      <div className="flex items-center gap-2">
        <h3 id={`citations-${itemId}`} className="text-sm font-semibold">
          Citations <span className="font-normal text-stone-500">({citations.length})</span>
        </h3>
        {canAdd && !adding && (
          <Button ref={addButton} variant="secondary" size="sm" className="ml-auto" onClick={() => setAdding(true)} aria-keyshortcuts="c">
            Add citation
          </Button>
        )}
      </div>
      {adding && (
        <CitationForm
          draftFor={itemId}
          focusKey={focusKey}
          onCancel={close}
          onSave={async (values) => {
            const result = apply(await saveNewCitation(itemId, values), "verdict");
            if (result.ok) close();
            return result;
          }}
        />
      )}
      {citations.length === 0 ? (
        <p className="text-xs text-stone-500" data-testid="citation-list">
          No sources yet.{canAdd ? " Verified, disputed and unverifiable each need at least one." : ""}
        </p>
      ) : (
        <ul className="space-y-2" data-testid="citation-list" aria-label="Citations">
          {citations.map((c) => (
            <CitationEntry
              key={c.id}
              citation={c}
              canChange={canAdd && (isEditor || c.createdBy === viewer.id)}
              onEdit={async (values) => apply(await saveCitationEdit(c.id, values), "verdict")}
              onRemove={async () => apply(await deleteCitation(c.id), "verdict")}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
