import { en } from "./lang/en.ts";
import { id } from "./lang/id.ts";

const NOISE = [...id.noiseLines, ...en.noiseLines];
/** Page furniture is short; a long paragraph that starts "Photo: …" is still an article paragraph. */
const MAX_NOISE_LENGTH = 200;

/** "Baca Juga", "Read more", bylines and photo credits: lines that carry no article text. */
export function isNoiseLine(line: string): boolean {
  if (line.length > MAX_NOISE_LENGTH) return false;
  return NOISE.some((re) => re.test(line));
}
