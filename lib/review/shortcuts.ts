import type { Role } from "../roles.ts";

/** The document page's keys, for the help overlay; `role` is the least role a key does anything for. */
export const SHORTCUTS: readonly { key: string; label: string; does: string; role: Role }[] = [
  { key: "j", label: "j", does: "Next item (within the filters)", role: "viewer" },
  { key: "k", label: "k", does: "Previous item", role: "viewer" },
  { key: "v", label: "v", does: "Save verdict: verified", role: "reviewer" },
  { key: "d", label: "d", does: "Save verdict: disputed", role: "reviewer" },
  { key: "u", label: "u", does: "Save verdict: unverifiable", role: "reviewer" },
  { key: "c", label: "c", does: "Add a citation to the selected item", role: "reviewer" },
  { key: "?", label: "?", does: "Show or hide this list", role: "viewer" },
  { key: "Escape", label: "Esc", does: "Close this list, a form, or the selection", role: "viewer" },
];

/** The verdict each verdict key saves. */
export const VERDICT_KEYS = { v: "verified", d: "disputed", u: "unverifiable" } as const;
