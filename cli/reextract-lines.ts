import type { ReextractReport } from "@/server/reextract/reextract-document.ts";
import { truncate } from "@/lib/format/truncate.ts";
import type { FoundItem } from "@/lib/reextract/found-items.ts";
import { planChanges, type ItemChange, type ReextractPlan, type StoredItem } from "@/lib/reextract/plan-reextract.ts";

const TITLE = 60;
const EXCERPT = 60;

/** `NATO dan Ukraina: attest-rules@0.1.0 → attest-rules@0.2.0, +2 −1 ~3, 4 reviewed kept` */
export function summaryLine({ document, from, to, plan }: ReextractReport): string {
  const held = plan.heldBack.length ? `, ${plan.heldBack.length} held back` : "";
  return `${truncate(document.title, TITLE)}: ${from} → ${to}, ${counts(plan)}, ${plan.reviewed.length} reviewed kept${held}`;
}

/** `+2 −1 ~3` */
export function counts(plan: Pick<ReextractPlan, "add" | "remove" | "change">): string {
  return `+${plan.add.length} −${plan.remove.length} ~${plan.change.length}`;
}

/** --verbose: the document's id, then each addition, removal, change and held-back item in reading order. */
export function detailLines({ document, plan }: ReextractReport): string[] {
  const entries: { at: number; line: string }[] = [
    ...plan.add.map((f) => ({ at: f.start, line: `+ ${label(f, f.speaker)}: ${excerpt(f)} ${span(f)}` })),
    ...plan.remove.map((s) => ({ at: s.start, line: `− ${label(s, s.speaker?.name ?? null)}: ${excerpt(s)} ${span(s)}` })),
    ...plan.change.map((c) => ({ at: c.item.start, line: `~ ${label(c.item, c.item.speaker?.name ?? null)}: ${excerpt(c.item)} ${span(c.item)}: ${changes(c)}` })),
    ...plan.heldBack.map(({ found, by }) => ({
      at: found.start,
      line: `= held back, overlaps a reviewed ${by.type} ${span(by)}: ${label(found, found.speaker)}: ${excerpt(found)} ${span(found)}`,
    })),
  ];
  return [`  ${document.id}`, ...entries.sort((a, b) => a.at - b.at).map((e) => `  ${e.line}`)];
}

/** `dry run: 2 of 3 documents would change, +3 −1 ~2; nothing was written (--apply writes it)` */
export function totalLine(reports: ReextractReport[], applied: boolean): string {
  const total = { add: reports.flatMap((r) => r.plan.add), remove: reports.flatMap((r) => r.plan.remove), change: reports.flatMap((r) => r.plan.change) };
  const changing = reports.filter((r) => planChanges(r.plan) > 0).length;
  const of = `${changing} of ${reports.length} document${reports.length === 1 ? "" : "s"}`;
  return applied ? `re-extracted ${of}, ${counts(total)}` : `dry run: ${of} would change, ${counts(total)}; nothing was written (--apply writes it)`;
}

function changes({ item, to, fields }: ItemChange): string {
  return fields
    .map((field) => {
      if (field === "speaker") return `speaker ${item.speaker?.name ?? "none"} → ${to.speaker ?? "none"}`;
      if (field === "kind") return `kind ${item.kind} → ${to.kind}`;
      return `span ${item.start}–${item.end} → ${to.start}–${to.end}`;
    })
    .join("; ");
}

/** `quote (direct) Jens Stoltenberg`, `claim` */
function label(item: StoredItem | FoundItem, speaker: string | null): string {
  if (item.type === "claim") return "claim";
  return `quote (${item.kind}) ${speaker ?? "no speaker"}`;
}

function excerpt(item: { text: string }): string {
  return `“${truncate(item.text, EXCERPT)}”`;
}

function span(item: { start: number; end: number }): string {
  return `[${item.start}–${item.end}]`;
}
