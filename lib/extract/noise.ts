import { en } from "./lang/en.ts";
import { id } from "./lang/id.ts";

const NOISE = [...id.noiseLines, ...en.noiseLines];
/** Page furniture is short; a long paragraph that starts "Photo: …" is still an article paragraph. */
const MAX_NOISE_LENGTH = 200;

/**
 * The packs' patterns joined into one alternation per set of flags: one regex run a short line
 * instead of a dozen. A pattern that is stateful (g, y) or refers back to a group stays alone.
 */
function combine(patterns: RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const re of patterns) {
    if (/[gy]/.test(re.flags) || /\\[1-9]|\\k</.test(re.source)) alone.push(re);
    else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags)), ...alone];
}

const COMBINED = combine(NOISE);

/** "Baca Juga", "Read more", bylines and photo credits: lines that carry no article text. */
export function isNoiseLine(line: string): boolean {
  if (line.length > MAX_NOISE_LENGTH) return false;
  return COMBINED.some((re) => re.test(line));
}
