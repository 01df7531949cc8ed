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
