import { ORG_HEADS, PLACE_HEADS, PLACES } from "./lexicon.ts";

/**
 * Whether a canonical speaker name is an organisation or government ("Kementerian Pertahanan
 * Rusia", "Ukraina", "Associated Press", "NATO") or a person, by the same word lists the
 * extractor reads names with.
 */
export function speakerKind(name: string): "person" | "org" {
  const words = name.split(/\s+/).filter(Boolean);
  const org = words.some((w) => {
    const l = w.toLowerCase();
    return ORG_HEADS.has(l) || PLACES.has(l) || PLACE_HEADS.has(l) || (w.length >= 2 && /^[\p{Lu}\d&.-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w));
  });
  return org ? "org" : "person";
}
