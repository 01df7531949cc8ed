/**
 * The article text as stored: line endings unified, a BOM and trailing blank space dropped.
 * Offsets of every extracted item point into exactly this string.
 */
export function normaliseBody(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
