"use client";

import { useEffect, useRef } from "react";
import { SHORTCUTS } from "@/lib/review/shortcuts.ts";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import { Button } from "../ui/button.tsx";

/**
 * The list of keys, as a modal dialog (focus stays inside; Escape closes it). Keys the signed-in
 * role cannot use are listed too, greyed, so a viewer learns why "v" does nothing for them.
 */
export function KeyboardHelp({ open, role, onClose }: { open: boolean; role: Role; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="keyboard-help-title"
      data-testid="keyboard-help"
      className="m-auto w-[26rem] max-w-[calc(100vw-2rem)] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
    >
      <h2 id="keyboard-help-title" className="font-serif text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-xs text-stone-600">They work anywhere on this page except while typing in a field, and not with Ctrl, Alt or ⌘ held.</p>
      <dl className="mt-3 grid grid-cols-[3rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        {SHORTCUTS.map((s) => {
          const allowed = roleAtLeast(role, s.role);
          return (
            <div key={s.key} className={`contents ${allowed ? "" : "text-stone-400"}`}>
              <dt>
                <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs">{s.label}</kbd>
              </dt>
              <dd>
                {s.does}
                {!allowed && <span className="text-xs"> — reviewers and up</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {roleAtLeast(role, "editor") && (
        <p className="mt-3 text-xs text-stone-600">
          Editors: select words in the article with the mouse to re-span the selected item or to add a missed quote or claim.
        </p>
      )}
      <div className="mt-4 flex justify-end">
        <Button variant="secondary" size="sm" onClick={onClose} autoFocus>
          Close
        </Button>
      </div>
    </dialog>
  );
}
