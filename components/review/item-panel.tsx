"use client";

import type { RefObject } from "react";
import type { NameLookup } from "@/lib/audit/describe-activity.ts";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { CorrectionPanel } from "../corrections/correction-panel.tsx";
import { ItemTypeBadge } from "../items/item-type-badge.tsx";
import { StatusBadge } from "../items/status-badge.tsx";
import { Button } from "../ui/button.tsx";
import { AuditTrail } from "./audit-trail.tsx";
import { CitationSection } from "./citation-section.tsx";
import { SeenBefore } from "./seen-before.tsx";
import { ConflictMessage } from "./conflict-message.tsx";
import { CopyLink } from "./copy-link.tsx";
import { ItemDetails } from "./item-details.tsx";
import type { PanelCommands } from "./panel-commands.ts";
import { SpanContext } from "./span-context.tsx";
import type { ItemPanelHandle } from "./use-item-panel.ts";
import type { useReviewResults } from "./use-review-results.ts";
import { VerdictForm } from "./verdict-form.tsx";
import { VerdictHistory } from "./verdict-history.tsx";

interface Props {
  panel: ItemPanelHandle;
  /** The item as the list has it: shown at once, while the panel's own data loads. */
  listed: ItemView | null;
  body: string;
  lang: string;
  documentId: string;
  viewer: { id: string; role: Role };
  people: PersonOption[];
  names: NameLookup;
  review: ReturnType<typeof useReviewResults>;
  commands: RefObject<PanelCommands>;
  onClose(): void;
  onRemoved(): void;
}

/**
 * The selected item in full: its words in context, who said it, its sources, the verdict and
 * its history, corrections (editors) and every change made. Controls appear by role; the
 * server checks the role again on every save.
 */
export function ItemPanel({ panel, listed, body, lang, documentId, viewer, people, names, review, commands, onClose, onRemoved }: Props) {
  const data = panel.data && panel.data.item.id === (listed?.id ?? panel.itemId) ? panel.data : null;
  const item = data?.item ?? listed;
  const canReview = roleAtLeast(viewer.role, "reviewer");
  const isEditor = roleAtLeast(viewer.role, "editor");
  const { conflict, apply, dismissConflict } = review;

  return (
    <section data-testid="item-panel" aria-label="Selected item" className="flex min-h-0 flex-1 flex-col rounded-lg border border-stone-300 bg-white shadow-sm">
      <header className="flex items-center gap-1.5 border-b border-stone-200 px-3 py-2">
        {item ? (
          <>
            <ItemTypeBadge item={item} />
            <StatusBadge status={item.status} />
            <span className="text-xs whitespace-nowrap tabular-nums text-stone-500" title="Every verdict and correction makes a new version">
              version {item.version}
            </span>
            {panel.loading && <span className="text-xs text-stone-400">· updating…</span>}
          </>
        ) : (
          <span className="text-sm font-semibold">Item</span>
        )}
        <span className="ml-auto flex items-center gap-1">
          {item && <CopyLink href={`/documents/${documentId}/items/${item.id}`} />}
          <Button variant="quiet" size="sm" onClick={onClose} aria-label="Close the item panel" title="Close (Esc)" aria-keyshortcuts="Escape">
            ✕
          </Button>
        </span>
      </header>

      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-3 py-3">
        {panel.gone ? (
          <p className="text-sm text-stone-700">This item is no longer in the article: an editor removed it. Its history is kept.</p>
        ) : !item ? (
          <PanelSkeleton />
        ) : (
          <>
            <SpanContext body={body} start={item.start} end={item.end} lang={lang} type={item.type} />
            <ItemDetails item={item} />
            {!data ? (
              panel.error ? (
                <div className="flex items-center gap-2 text-sm text-red-700">
                  <p className="flex-1">{panel.error}</p>
                  <Button variant="secondary" size="sm" onClick={panel.reload}>
                    Try again
                  </Button>
                </div>
              ) : (
                <PanelSkeleton />
              )
            ) : (
              <>
                <CitationSection itemId={item.id} citations={data.citations} viewer={viewer} apply={apply} commands={commands} />
                <SeenBefore itemId={item.id} canReuse={canReview} apply={apply} />
                {canReview ? (
                  <section aria-label="Verdict" className="space-y-2 rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
                    {conflict?.source === "verdict" && <ConflictMessage notice={conflict} onDismiss={dismissConflict} />}
                    <VerdictForm key={item.id} item={item} apply={apply} commands={commands} conflicted={!!conflict} />
                  </section>
                ) : (
                  <p className="text-xs text-stone-500">Your role ({viewer.role}) can read verdicts; reviewers and editors set them.</p>
                )}
                <VerdictHistory verdicts={data.verdicts} />
                {isEditor && (
                  <CorrectionPanel
                    item={item}
                    people={people}
                    apply={apply}
                    conflict={conflict?.source === "correction" ? conflict : null}
                    onDismissConflict={dismissConflict}
                    onRemoved={onRemoved}
                  />
                )}
                <AuditTrail events={data.audit} names={data.names ? { ...names, ...data.names } : names} />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function PanelSkeleton() {
  return (
    <div className="animate-pulse space-y-2" aria-busy="true" aria-label="Loading the item">
      <div className="h-4 w-1/3 rounded bg-stone-200" />
      <div className="h-16 rounded bg-stone-100" />
      <div className="h-4 w-1/2 rounded bg-stone-200" />
    </div>
  );
}
