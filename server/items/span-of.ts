import "server-only";
import { AppError } from "../errors.ts";

/**
 * The words of `body` an editor selected from `start` to `end` (UTF-16 offsets, as the
 * browser gives them), trimmed, with the offsets moved to match. A span that runs past the
 * end, holds no words, or cuts an emoji or other astral character in half is a 422: half a
 * surrogate pair is no character, and the audit log's jsonb refuses it.
 */
export function spanOf(body: string, start: number, end: number): { start: number; end: number; text: string } {
  if (end > body.length) throw new AppError("validation", "The span runs past the end of the article.", { end: [`The article has ${body.length} characters.`] });
  for (const [field, at] of [["start", start], ["end", end]] as const) {
    if (splitsPair(body, at)) throw new AppError("validation", "The span cuts a character in half.", { [field]: ["Start and end the span between characters."] });
  }
  const raw = body.slice(start, end);
  const text = raw.trim();
  if (!text) throw new AppError("validation", "The span holds no words.", { start: ["Select some words of the article."] });
  const from = start + (raw.length - raw.trimStart().length);
  return { start: from, end: from + text.length, text };
}

/** Whether offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(body: string, at: number): boolean {
  const before = body.charCodeAt(at - 1);
  const after = body.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
