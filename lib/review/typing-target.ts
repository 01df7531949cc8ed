/**
 * Whether a key press is someone typing: in a text field, a select, or editable content.
 * Self-contained (no imports, nothing from outside its body): the early key buffer sends its
 * source to the browser as it is, to run before the page's scripts have loaded.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.tagName !== "string") return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  // Checkboxes, radios and buttons take no text: shortcuts still work on them.
  return tag === "INPUT" && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes((el.type ?? "text").toLowerCase());
}
