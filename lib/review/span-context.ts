/** An item's span with the words around it, for reading it in place without the article. */
export interface SpanContext {
  before: string;
  text: string;
  after: string;
  /** Whether the paragraph goes on past what is shown: the panel prints "…" there. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * The paragraph (line of the body) around a span, cut to about `room` characters each side so
 * a long paragraph does not bury the span. Cuts fall at a sentence start or end where there is
 * one within reach, else at a word. A span crossing line breaks keeps its own text whole.
 */
export function spanContext(body: string, start: number, end: number, room = 240): SpanContext {
  const s = clamp(start, 0, body.length);
  const e = clamp(Math.max(end, s), 0, body.length);
  const lineStart = body.lastIndexOf("\n", s - 1) + 1;
  const newline = body.indexOf("\n", e);
  const lineEnd = newline < 0 ? body.length : newline;

  let from = lineStart;
  if (s - lineStart > room) from = cutBefore(body, s - room, s);
  let to = lineEnd;
  if (lineEnd - e > room) to = cutAfter(body, e, e + room);

  return {
    before: body.slice(from, s),
    text: body.slice(s, e),
    after: body.slice(e, to),
    clippedBefore: from > lineStart,
    clippedAfter: to < lineEnd,
  };
}

/** Where to start the shown text, at or after `min`: the first sentence start, else the first word. */
function cutBefore(body: string, min: number, limit: number): number {
  const window = body.slice(min, limit);
  const sentence = /[.!?]["”’»)]*\s+(?=\S)/g.exec(window);
  if (sentence) return min + sentence.index + sentence[0].length;
  const word = /\s+(?=\S)/.exec(window);
  return word ? min + word.index + word[0].length : min;
}

/** Where to end the shown text, at or before `max`: the last sentence end, else the last word end. */
function cutAfter(body: string, from: number, max: number): number {
  const window = body.slice(from, max);
  let best = -1;
  for (const m of window.matchAll(/[.!?]["”’»)]*(?=\s)/g)) best = m.index + m[0].length;
  if (best > 0) return from + best;
  const space = window.search(/\s\S*$/);
  return space > 0 ? from + space : max;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}
