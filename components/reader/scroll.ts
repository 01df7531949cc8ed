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

/**
 * Scrolls the page to a selected item's mark (centred when it can be), and never leaves the
 * page above the working area on a wide screen: there the side column is sticky and only fills
 * the window once the header has scrolled away, so the item panel is seen whole. `mark` is
 * null when the reader clicked the mark themselves: their text is already in view.
 */
export function revealSelection(mark: HTMLElement | null | undefined, workArea: HTMLElement | null) {
  const wide = window.matchMedia("(min-width: 64rem)").matches;
  const floor = wide && workArea ? workArea.getBoundingClientRect().top + window.scrollY - 16 : 0;
  let top = window.scrollY;
  if (mark) {
    const r = mark.getBoundingClientRect();
    top = r.top + window.scrollY - Math.max(16, (window.innerHeight - r.height) / 2);
  }
  top = Math.max(top, floor);
  if (Math.abs(top - window.scrollY) > 1) window.scrollTo({ top, behavior: smoothOrInstant() });
}
