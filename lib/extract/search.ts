/**
 * Binary searches over lists kept in order. A paragraph can be a whole 2 MB file: anything
 * that scans every quote or sentence of the paragraph for each one would be quadratic there.
 */

/** Index of the first element of items[lo, hi) whose key is >= value (hi when there is none). */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number, lo = 0, hi = items.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps any of `ranges`, which are in order and do not overlap each other. */
export function overlapsAny(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = lowerBound(ranges, end, (r) => r.start) - 1;
  return i >= 0 && ranges[i]!.end > start;
}
