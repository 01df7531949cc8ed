import type { PersonOption } from "@/lib/review/panel-types.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { ConflictMessage } from "../review/conflict-message.tsx";
import type { ApplyResult, ConflictNotice } from "../review/use-review-results.ts";
import { KindCorrection } from "./kind-correction.tsx";
import { MergeSpeaker } from "./merge-speaker.tsx";
import { RemoveItem } from "./remove-item.tsx";
import { SpeakerCorrection } from "./speaker-correction.tsx";

interface Props {
  item: ItemView;
  people: PersonOption[];
  apply: ApplyResult;
  conflict: ConflictNotice | null;
  onDismissConflict(): void;
  onRemoved(): void;
}

/** An editor's corrections to the extracted item; each saves on its own, against the item's version. */
export function CorrectionPanel({ item, people, apply, conflict, onDismissConflict, onRemoved }: Props) {
  const isQuote = item.type === "quote";
  return (
    <section aria-labelledby={`corrections-${item.id}`} data-testid="corrections" className="space-y-2 rounded-md border border-dashed border-stone-300 p-3">
      <h3 id={`corrections-${item.id}`} className="text-sm font-semibold">
        Corrections <span className="font-normal text-stone-500">(editors)</span>
      </h3>
      {conflict && <ConflictMessage notice={conflict} onDismiss={onDismissConflict} />}
      {isQuote && <SpeakerCorrection key={`speaker-${item.id}`} item={item} people={people} apply={apply} />}
      {isQuote && item.speaker && <MergeSpeaker item={item} people={people} apply={apply} />}
      {isQuote && <KindCorrection key={`kind-${item.id}`} item={item} apply={apply} />}
      <p className="text-xs text-stone-600">
        <span className="font-medium text-stone-800">Span:</span> characters {item.start}–{item.end}. To change it, select the right words in the article and
        choose “Use selection as span” above the list; selected words no item covers can be added as a missed quote or claim.
      </p>
      <RemoveItem item={item} apply={apply} onRemoved={onRemoved} />
    </section>
  );
}
