/** A stretch of text to highlight, by JavaScript string offsets (UTF-16 code units, as stored). */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same spans from end to end; `spanIds` lists them outermost first. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  spanIds: string[];
}

/** One line of the body (without its "\n") cut into segments. */
export interface Line {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * Cuts `text` at every span boundary so overlapping and nested spans can be drawn as stacked
 * marks: a claim holding a quote becomes [claim][claim+quote][claim]. `offset` is where `text`
 * starts in the coordinates of the spans. Spans are clipped to the text and empty ones dropped;
 * the segments' texts always join back into `text`, so no character is lost or repeated.
 */
export function segmentSpans(text: string, spans: readonly Span[], offset = 0): Segment[] {
  const from = offset;
  const to = offset + text.length;
  const clipped = spans
    .map((s, order) => ({ id: s.id, start: Math.max(s.start, from), end: Math.min(s.end, to), outerStart: s.start, outerEnd: s.end, order }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    // Outermost first: what starts earlier, then what reaches further, wraps the rest.
    .sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd || a.order - b.order);

  const points = [...new Set([from, to, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const index = new Map(points.map((p, i) => [p, i]));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, text: text.slice(start - from, end - from), spanIds: [] });
  }
  // Each span covers a contiguous run of segments; pushing in outermost-first order keeps that order.
  for (const s of clipped) {
    for (let i = index.get(s.start)!; i < index.get(s.end)!; i++) segments[i]!.spanIds.push(s.id);
  }
  return segments;
}

/**
 * The body line by line (split at "\n"), each line cut into segments. A span that runs across
 * a line break is drawn on both lines. Each span is handed only to the lines it touches, so a
 * long article with many items stays quick.
 */
export function segmentLines(body: string, spans: readonly Span[]): Line[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of body.split("\n")) {
    lines.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  const buckets: Span[][] = lines.map(() => []);
  for (const span of spans) {
    if (!(span.end > span.start)) continue;
    for (let i = firstLineEndingAfter(lines, span.start); i < lines.length && lines[i]!.start < span.end; i++) {
      buckets[i]!.push(span);
    }
  }
  return lines.map((line, i) => ({ ...line, segments: segmentSpans(body.slice(line.start, line.end), buckets[i]!, line.start) }));
}

/** The first line whose end lies beyond `offset` (binary search: lines are in order). */
function firstLineEndingAfter(lines: { end: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
