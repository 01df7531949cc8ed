"use client";

import type { RefObject } from "react";
import { VERDICT_KEYS } from "@/lib/review/shortcuts.ts";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import type { PanelCommands } from "../review/panel-commands.ts";
import type { SelectOrigin } from "./use-item-selection.ts";
import { useKeyShortcuts } from "./use-key-shortcuts.ts";

interface ReaderKeys {
  step(by: 1 | -1): void;
  select(id: string | null, origin: SelectOrigin): void;
  selectedId: string | null;
  viewer: { role: Role };
  commands: RefObject<PanelCommands>;
  helpOpen: boolean;
  setHelpOpen(open: boolean | ((open: boolean) => boolean)): void;
  /** A short visible note when a key cannot do anything yet, so it never fails silently. */
  say(text: string): void;
}

/** The document page's keys (lib/review/shortcuts.ts lists them for the help overlay). */
export function useReaderKeys({ step, select, selectedId, viewer, commands, helpOpen, setHelpOpen, say }: ReaderKeys) {
  const canReview = roleAtLeast(viewer.role, "reviewer");

  function reviewKey(run: () => void) {
    if (!canReview) return say(`Your role (${viewer.role}) can read items but not review them.`);
    if (!selectedId) return say("Select an item first: press j, or click one.");
    run();
  }

  const verdict = (key: keyof typeof VERDICT_KEYS) => () =>
    reviewKey(() => {
      if (commands.current.saveVerdict) commands.current.saveVerdict(VERDICT_KEYS[key]);
      else say("The item is still loading; try again in a moment.");
    });

  // While the help is open the page behind it stays still: only ? and Escape (which close it) act.
  const unlessHelp = (run: () => void) => () => {
    if (!helpOpen) run();
  };

  useKeyShortcuts({
    j: unlessHelp(() => step(1)),
    k: unlessHelp(() => step(-1)),
    v: unlessHelp(verdict("v")),
    d: unlessHelp(verdict("d")),
    u: unlessHelp(verdict("u")),
    c: unlessHelp(() =>
      reviewKey(() => {
        if (commands.current.openCitationForm) commands.current.openCitationForm();
        else say("The item is still loading; try again in a moment.");
      }),
    ),
    "?": () => setHelpOpen((open) => !open),
    Escape: () => (helpOpen ? setHelpOpen(false) : select(null, "key")),
  });
}
