import { EN_COMMON } from "../lexicons/index.ts";
import { inflect } from "./inflect.ts";
import type { LanguagePack } from "./pack.ts";

const list = (s: string) => s.trim().split(/\s+/);
const w = (s: string): ReadonlySet<string> => new Set(list(s));

/**
 * Reporting verbs by lemma, counted from the cues of annotated news quotes (said, told, wrote,
 * tweeted … make most of them); every form comes from `inflect`.
 */
const SAY = inflect(`say/said tell/told add state announce deny claim warn insist explain stress argue note
  confirm acknowledge admit+ report write/wrote declare assert reply respond recall reveal disclose
  emphasize emphasise allege accuse complain testify remark observe continue concede predict
  estimate comment urge counter contend agree tweet post conclude assure reiterate repeat
  caution maintain announce recount tout boast brag quip joke retort shout yell scream concede
  affirm reaffirm clarify elaborate mention inform remind`);
/** Forms read as nouns far more often than as reports: "the state", "the United States". */
const NOUN_FIRST = new Set(["state", "states"]);

/** Verbs that report only when a clause follows: "called it …", "asked whether …", "believes …". */
const WEAK = inflect(`advise believe think/thought hope suggest expect fear describe indicate signal+
  ask demand call question praise propose blame reject cite lament defend dismiss encourage
  answer charge criticize criticise slam blast attack mock challenge dispute acknowledge
  recommend hint wonder speculate worry`);

/** English reporting verbs, in present and past forms. */
export const en: LanguagePack = {
  lang: "en",
  commonWords: EN_COMMON,
  stopwords: w(`the and of to is in that was for it with he said on as at by his be are from
    has have this had not were which but they an their she who would been its also after`),
  cues: {
    before: [...SAY.finite.filter((v) => !NOUN_FIRST.has(v)), "pointed out", "points out", "point out"],
    beforeWeak: [...WEAK.finite, "signalled"],
    intent: inflect(`promise vow threaten offer pledge`).finite,
    after: SAY.finite.filter((v) => !NOUN_FIRST.has(v)),
    afterPronoun: [],
    according: ["according to"],
    participle: [...SAY.participle, ...WEAK.participle, "pointing out"],
    passive: [],
  },
  sayVerbs: w(`said says say added adds add told tells stated states insisted insists explained
    explains argued argues noted notes stressed stresses claimed claims saying adding stating noting
    explaining insisting arguing claiming telling`),
  hearerVerbs: new Set(inflect(`tell/told inform assure remind warn advise urge ask convince notify brief persuade
    caution reassure promise show/showed teach/taught`).finite),
  coordinators: w(`and but then`),
  clauseJoiners: w(`and`),
  infinitiveMarkers: w(`to`),
  relatives: w(`who which`),
  orgNouns: w(`airline airlines military firm agency`),
  hearers: w(`him her them me us reporters journalists media press`),
  passiveAgentMarkers: w(`by`),
  tailWords: w(`again too yesterday today when while`),
  notVerbs: w(``),
  clauseWindow: 6,
  finiteVerb: { shape: /[a-z]{3,}ed$/, first: false },
  prepositionOpensObject: true,
  commaAfterHearerOpensClause: false,
  complementizers: w(`that whether`),
  adverbs: w(`also however meanwhile still has have had later then again previously earlier repeatedly reportedly publicly
    himself herself itself themselves recently once further yesterday today last week
    privately separately flatly firmly quickly has already always never just only`),
  negations: w(`not never didn't don't doesn't hasn't haven't wouldn't won't cannot can't refused`),
  // With their contractions, for subjects: "He’s comparing the actions … and says …".
  pronouns: {
    he: "person", she: "person", they: "group", it: "group",
    "he's": "person", "he’s": "person", "she's": "person", "she’s": "person", "he'd": "person", "he’d": "person",
    "she'd": "person", "she’d": "person", "they're": "group", "they’re": "group",
  },
  pronounGender: { he: "m", she: "f", "he's": "m", "he’s": "m", "she's": "f", "she’s": "f", "he'd": "m", "he’d": "m", "she'd": "f", "she’d": "f" },
  firstPerson: w(`i we me us my our`),
  sentenceStarters: w(`the a an in on at for from with by after before when while since however
    but and or so yet also meanwhile then there this that these those it its his her their our
    as if although though because despite during among of to up until unless whether what why
    how where who which no not some many most all several other another each every both
    according earlier later today yesterday tomorrow last next first second new`),
  determiners: w(`the a an`),
  demonstratives: w(`the this that`),
  anonymousSources: w(`officials official witnesses witness sources source police experts expert
    analysts analyst critics critic residents resident activists activist protesters protester
    authorities investigators doctors scientists researchers observers aides aide diplomats
    diplomat people someone spokesman spokeswoman spokesperson reports report supporters
    opponents members staff workers students neighbours neighbors relatives family friends
    organizers organisers employees lawmakers legislators militants rebels insurgents troops
    soldiers many some others refugees victims survivors villagers passengers families fans
    supporters onlookers bystanders`),
  quantifiers: w(`both all each several`),
  personNouns: w(`man woman boy girl person official leader minister president general veteran
    politician lawmaker executive`),
  prepositions: w(`to in at from of on by with for about after before during since as via against over
    into onto upon among between`),
  clauseMarkers: w(`is are was were be been being has have had will would could can should may
    might must did does do shall won't wasn't weren't isn't aren't hasn't haven't didn't
    there he she they it we i who`),
  modals: w(`will could can should may might must shall hope hopes believe believes think
    thinks probably perhaps likely possibly expect expects plan plans intend intends aims aim`),
  eventWords: w(`arrested killed attacked exploded crashed collapsed sentenced convicted charged
    elected appointed resigned won lost defeated signed launched deported announced approved
    rejected banned closed opened established founded visited arrived departed died born
    invaded captured seized released fired hired acquired sold bought raised cut increased
    decreased fell rose revoked recognised recognized deserted faced criticized criticised
    accused revealed narrated demonstrated trained committed advocated organized organised`),
  casualtyWords: w(`killed dead died deaths death injured wounded casualties victims missing
    displaced evacuated fatalities bodies murdered`),
  superlatives: w(`first largest biggest highest lowest smallest longest fastest latest last record
    only most worst best newest oldest leading`),
  dayNames: w(`monday tuesday wednesday thursday friday saturday sunday yesterday`),
  monthNames: w(`january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec`),
  numberWords: w(`one two three four five six seven eight nine ten eleven twelve thirteen fifteen
    twenty thirty forty fifty hundred hundreds thousand thousands million millions billion
    billions trillion dozen dozens half percent per cent`),
  titleIntroducers: w(`titled entitled called named dubbed so-called term word phrase slogan
    headline motto label`),
  pastMarkers: w(`was were had has have been did`),
  verbShape: /^[a-z]{3,}ed$/,
  gerundShape: /^[a-z]{2,}ing$/,
  pluralNoun: /[^s]s$/,
  commonNounShape: /^\p{L}{3,}(tion|sion|ment|ness|ity|ists|ers|ians)$/u,
  noiseLines: [
    /^read (more|also|next)\b/i,
    /^(see|watch) (also|more|video)\b/i,
    /^related( stories| articles)?\s*:?$/i,
    /^(by|written by|reporting by|editing by|photo|image|credit|source|photograph)\s*[:-]?\s*\p{Lu}/iu,
    /^(advertisement|scroll to continue|share this|follow us|subscribe)\b/i,
    /^(©|copyright\b)/i,
  ],
};
