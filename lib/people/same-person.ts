/**
 * Why two speakers are probably one person, or null. Only a suggestion: an editor confirms
 * every merge. The database has already paired them by trigram similarity of their names and
 * aliases; these are the shapes a newsroom's speakers table collects:
 * - one's name is an alias of the other ("Jokowi" and "Joko Widodo", aliased);
 * - a surname and a full name ("Stoltenberg" and "Jens Stoltenberg");
 * - spelling variants ("Zelensky" and "Zelenskyy", "Volodymyr Zelensky" and "Volodymyr Zelenskyy").
 */
export type SamePersonReason = "alias" | "surname" | "spelling";

export interface NamedPerson {
  name: string;
  aliases: string[];
  kind: "person" | "org";
}

/** The same word, or one spelling of it: a long shared start, a letter or two apart. */
function alike(x: string, y: string): boolean {
  if (x === y) return true;
  let shared = 0;
  while (shared < Math.min(x.length, y.length) && x[shared] === y[shared]) shared++;
  return shared >= 6 && Math.abs(x.length - y.length) <= 2 && Math.max(x.length, y.length) - shared <= 2;
}

const words = (name: string) => name.toLowerCase().split(/[\s.]+/).filter(Boolean);

export function samePersonReason(a: NamedPerson, b: NamedPerson, similarity: number): SamePersonReason | null {
  if (a.kind !== b.kind) return null;
  const lower = (s: string) => s.toLowerCase();
  if (a.aliases.map(lower).includes(lower(b.name)) || b.aliases.map(lower).includes(lower(a.name))) return "alias";
  const [wa, wb] = [words(a.name), words(b.name)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A lone surname (not an initial) that ends the full name, maybe spelt apart ("Zelensky", "Volodymyr Zelenskyy").
  if (a.kind === "person" && short.length === 1 && long.length > 1 && short[0]!.length > 2 && alike(long[long.length - 1]!, short[0]!)) return "surname";
  // The same number of words, each alike: a spelling, not another member of the family.
  if (wa.length === wb.length && similarity >= 0.5 && wa.every((w, i) => w === wb[i] || w.slice(0, 4) === wb[i]!.slice(0, 4))) return "spelling";
  return null;
}

export const REASON_TEXT: Record<SamePersonReason, string> = {
  alias: "one's name is the other's alias",
  surname: "a surname and a full name",
  spelling: "spelling variants",
};
