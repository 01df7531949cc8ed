/**
 * Indonesian active verbs from their roots: the meN- prefix takes the shape of the root's first
 * sound (kata → mengatakan, tutur → menuturkan, papar → memaparkan, sebut → menyebutkan), so the
 * cue list names a reporting root once and finds its -kan and -i verbs alike.
 */
export function meN(root: string): string {
  const c = root[0]!;
  if ("aiueo".includes(c)) return `meng${root}`;
  if (c === "k") return `meng${root.slice(1)}`;
  if (c === "t") return `men${root.slice(1)}`;
  if (c === "p") return `mem${root.slice(1)}`;
  if (c === "s") return `meny${root.slice(1)}`;
  if (c === "b" || c === "f") return `mem${root}`;
  if ("cdjz".includes(c)) return `men${root}`;
  if (c === "g" || c === "h") return `meng${root}`;
  return `me${root}`; // l m n r w y
}

/** The passive -kan verb of each root: dikatakan, disampaikan, dikemukakan. */
export function passiveVerbs(roots: readonly string[]): string[] {
  return [...new Set(roots.map((r) => `di${r}kan`))];
}

/** The active -kan verb of each root (mengatakan, melanjutkan); -i verbs are listed by hand, most roots having none. */
export function reportingVerbs(roots: readonly string[]): string[] {
  return [...new Set(roots.map((r) => `${meN(r)}kan`))];
}
