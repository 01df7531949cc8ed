/** Smooth scrolling, unless the visitor asked the system for less motion. */
export function smoothOrInstant(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/**
 * Scrolls a scrollable box just enough to show `el`. Unlike scrollIntoView it never moves the
 * page itself, which would fight the article's own smooth scroll started at the same moment.
 */
export function scrollIntoContainer(container: HTMLElement, el: HTMLElement, margin = 8) {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < box.top) container.scrollTop -= box.top - r.top + margin;
  else if (r.bottom > box.bottom) container.scrollTop += r.bottom - box.bottom + margin;
}

/** How much of a narrow window the item panel's sheet may cover, from the bottom (DocumentReader's max-lg:max-h-[55vh]). */
export const SHEET_SHARE = 0.55;

/**
 * Scrolls the page to a selected item's mark (centred when it can be), and never leaves the
 * page above the working area on a wide screen: there the side column is sticky and only fills
 * the window once the header has scrolled away, so the item panel is seen whole. On a narrow
 * screen the panel is a sheet over the lower part of the window: the mark goes above it.
 * `clicked` says the reader clicked the mark themselves, so it moves only if the sheet hides it.
 */
export function revealSelection(mark: HTMLElement | null | undefined, workArea: HTMLElement | null, clicked = false) {
  const wide = window.matchMedia("(min-width: 64rem)").matches;
  if (!wide) return revealAboveSheet(mark, clicked);
  if (clicked) mark = null;
  const floor = wide && workArea ? workArea.getBoundingClientRect().top + window.scrollY - 16 : 0;
  let top = window.scrollY;
  if (mark) {
    const r = mark.getBoundingClientRect();
    top = r.top + window.scrollY - Math.max(16, (window.innerHeight - r.height) / 2);
  }
  top = Math.max(top, floor);
  if (Math.abs(top - window.scrollY) > 1) window.scrollTo({ top, behavior: smoothOrInstant() });
}

function revealAboveSheet(mark: HTMLElement | null | undefined, clicked: boolean) {
  if (!mark) return;
  const r = mark.getBoundingClientRect();
  const room = window.innerHeight * (1 - SHEET_SHARE);
  if (clicked && r.top >= 8 && r.bottom <= room) return;
  // Centred in the room above the sheet, or from its top line when taller than that room.
  const top = r.top + window.scrollY - Math.max(16, (room - r.height) / 2);
  if (Math.abs(top - window.scrollY) > 1) window.scrollTo({ top, behavior: smoothOrInstant() });
}
