export interface KnownPerson {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * What an editor typed in the speaker field, as the correction to send: a known person by id
 * when the text is their name or one of their aliases ("Zelensky" is Volodymyr Zelenskyy), a
 * new name otherwise, or null when there is nothing to send. An alias shared by two people is
 * ambiguous, so it goes as a name and the server reuses or creates the person of that name.
 */
export function resolveSpeaker(input: string, people: readonly KnownPerson[]): { speakerId: string } | { speaker: string } | null {
  const name = input.trim().replace(/\s+/g, " ");
  if (!name) return null;
  const key = name.toLowerCase();
  const byName = people.find((p) => p.name.toLowerCase() === key);
  if (byName) return { speakerId: byName.id };
  const byAlias = people.filter((p) => p.aliases.some((a) => a.toLowerCase() === key));
  if (byAlias.length === 1) return { speakerId: byAlias[0]!.id };
  return { speaker: name };
}
