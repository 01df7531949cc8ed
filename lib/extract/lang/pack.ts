/**
 * A language pack is data only: word lists the extractor's rules consult. Keeping them
 * out of code means a new reporting verb or title is a one-line change with no new branch.
 */
export interface CueLists {
  /** Verbs that report a clause after them: "X mengatakan (bahwa) …", "X said (that) …". */
  before: string[];
  /** Weaker verbs (hope, suspect, describe, advise …) that only report when a clause follows. */
  beforeWeak: string[];
  /** Verbs that take an infinitive ("berjanji untuk …", "promised to …"): the content ends at the first comma. */
  intent: string[];
  /** Verbs that sit after the content or a direct quote: "…," kata X / "…," X said. */
  after: string[];
  /** Forms that carry their own pronoun and point back to the last speaker: katanya, ujarnya. */
  afterPronoun: string[];
  /** Prepositional cues: "menurut X, …", "according to X, …". */
  according: string[];
  /** Participles that attach a quote to the clause's subject: "saying", "seraya". */
  participle: string[];
  /** Passive reports with their agent after them: "Hal senada disampaikan X", "demikian dikatakan X". */
  passive: string[];
}

type Words = ReadonlySet<string>;

export interface LanguagePack {
  lang: "id" | "en";
  /** The language's common words, from a frequency list: a capitalised one at a sentence start is no name. */
  commonWords: Words;
  /** High-frequency function words used to tell the languages apart. */
  stopwords: Words;
  cues: CueLists;
  /** Plain verbs of saying: what follows them is a clause even with no verb in sight ("ekonomi tumbuh pesat"). */
  sayVerbs: Words;
  /** Reporting verbs whose object is the hearer ("told reporters that …"), unlike "said Obama has …". */
  hearerVerbs: Words;
  /** Conjunctions after which a second verb shares the sentence's subject: dan, lalu; and, but. */
  coordinators: Words;
  /** Conjunctions that join a second report to a reported clause, ending it: dan, serta; and. */
  clauseJoiners: Words;
  /** Infinitive markers: untuk; to. */
  infinitiveMarkers: Words;
  /** Relative pronouns: yang; who, which. */
  relatives: Words;
  /** Nouns that stand for an organisation in "the ministry said", "perusahaan itu" (besides the organisation heads). */
  orgNouns: Words;
  /** Who is told, between a cue and its clause: wartawan; reporters, him. */
  hearers: Words;
  /** Words that introduce a passive verb's agent: oleh; by. */
  passiveAgentMarkers: Words;
  /** Words that may open the short tail after a closing cue: lagi, kemarin; again, yesterday. */
  tailWords: Words;
  /** Words of the inflected-verb shape that are no verbs: dia, dengan, tersebut. */
  notVerbs: Words;
  /** How many words into a complement its verb must show for it to read as a clause. */
  clauseWindow: number;
  /** The shape of a finite verb that makes a complement a clause, and whether it may be its first word. */
  finiteVerb: { shape: RegExp; first: boolean };
  /** Whether a complement that opens with a preposition is an object ("argued against the label"). */
  prepositionOpensObject: boolean;
  /** Whether a comma after a prepositional phrase opens the clause ("mengatakan kepada wartawan, …"). */
  commaAfterHearerOpensClause: boolean;
  /** Complementizers dropped from the start of indirect content: bahwa, that. */
  complementizers: Words;
  /** Words that may stand between subject and cue: juga, telah; also, has. */
  adverbs: Words;
  /** Words that negate a cue: "tidak mengatakan" reports nothing. */
  negations: Words;
  /** Personal pronouns that can be a speaker, mapped to what they may refer to. */
  pronouns: Record<string, "person" | "group">;
  /** Pronouns that tell their referent's sex: he, she. */
  pronounGender: Record<string, "f" | "m">;
  /** First-person words: never a speaker. */
  firstPerson: Words;
  /** Capitalised words that start sentences but never names: Namun, However. */
  sentenceStarters: Words;
  /** Articles and determiners dropped before a name: the; sang. */
  determiners: Words;
  /** Demonstratives that turn a description into a reference back: "pria ini", "the man". */
  demonstratives: Words;
  /** Nouns for an unnamed source: witnesses, officials, saksi. */
  anonymousSources: Words;
  /** Quantifier pronouns that start sentences but name no one: Keduanya, Both. */
  quantifiers: Words;
  /** Nouns for a person described, not named: "pria asal Bandung ini". */
  personNouns: Words;
  /** Prepositions that end a speaker description after a cue ("kata seorang pejabat di …"). */
  prepositions: Words;
  /** Words that make a complement look like a clause rather than a noun phrase. */
  clauseMarkers: Words;
  /** Modal, future and hedge words: forecasts and opinions, not checkable facts. */
  modals: Words;
  /** Words of a check-worthy event: deaths, arrests, rulings … */
  eventWords: Words;
  casualtyWords: Words;
  superlatives: Words;
  dayNames: Words;
  monthNames: Words;
  numberWords: Words;
  /** Words that introduce a title or a term rather than speech: berjudul, titled. */
  titleIntroducers: Words;
  /** Perfective and past-tense words: telah, sudah; was, had. */
  pastMarkers: Words;
  /** The shape of an inflected verb: di-/me- forms; -ed forms. */
  verbShape: RegExp;
  /** Plural nouns ("officials", "others"): an unnamed subject in the plural blocks "they", not "she". */
  pluralNoun: RegExp;
  /** Gerunds, which make a verb's object a noun phrase ("defended giving it …"); never matches in Indonesian. */
  gerundShape: RegExp;
  /** Word shapes of common nouns (derivational affixes), told apart from names at a sentence start. */
  commonNounShape: RegExp;
  /** Whole lines that are page furniture: "Baca Juga", "Read more", bylines, credits. */
  noiseLines: RegExp[];
}
