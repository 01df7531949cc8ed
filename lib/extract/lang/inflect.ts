/**
 * English verb forms from lemmas, so a cue list names each reporting verb once ("say") and
 * finds "says", "said" and "saying" alike. Irregular pasts are given after a slash ("say/said");
 * a "+" doubles the last consonant ("admit+": admitted, admitting), which spelling alone cannot tell.
 */
export interface VerbForms {
  /** say, says, said: finite forms that report. */
  finite: string[];
  /** saying: the participle that attaches a quote to its clause's subject. */
  participle: string[];
}

export function inflect(lemmas: string): VerbForms {
  const finite: string[] = [];
  const participle: string[] = [];
  for (const entry of lemmas.trim().split(/\s+/)) {
    const [word, past] = entry.split("/") as [string, string | undefined];
    const doubles = word.endsWith("+");
    const lemma = doubles ? word.slice(0, -1) : word;
    const stem = doubles ? lemma + lemma.at(-1) : lemma;
    finite.push(lemma, thirdPerson(lemma), past ?? regularPast(stem, doubles));
    participle.push(doubles ? `${stem}ing` : presentParticiple(lemma));
  }
  return { finite: [...new Set(finite)], participle: [...new Set(participle)] };
}

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function regularPast(v: string, doubled: boolean): string {
  if (doubled) return `${v}ed`;
  if (v.endsWith("e")) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

function presentParticiple(v: string): string {
  if (v.endsWith("ie")) return `${v.slice(0, -2)}ying`;
  if (v.endsWith("e") && !v.endsWith("ee")) return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}
