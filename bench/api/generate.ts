// Fills a bench's own PostgreSQL database with a million items (bench:api's 20,000 documents
// × 50, bench:search's 50,000 × 20), 5,000 people, a few users and a real API token. The
// schema comes from the app's own migrations (openDatabase), the users and the token from the
// app's own code (createUser, createToken), so the token check the bench exercises is the real one. Everything bulky goes in through
// COPY with the items' secondary indexes dropped and rebuilt afterwards, foreign-key triggers
// off for the loading connection, then ANALYZE: a few minutes at most on two cores.
// A finished generation leaves a row in bench_generation; a later run reuses the database
// when that row names the same generation, unless --fresh.
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fakerEN, fakerID_ID } from "@faker-js/faker";
import postgres from "postgres";
import { openDatabase } from "@/db/client.ts";
import { OPERATOR } from "@/server/actor.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { createUser } from "@/server/users/create-user.ts";
import { loadFixtureTexts, type Paragraph, type Span } from "./fixture-texts.ts";
import { copyLine, mulberry32, RARE_WORD, rareWord, withRareWord } from "./generate-rows.ts";

/** How big an archive to make: bench:api's has fewer, longer documents than bench:search's. */
export interface ArchiveShape {
  documents: number;
  itemsPerDocument: number;
  people: number;
  /** Fixture paragraphs per document, at least and at most. */
  paragraphs: readonly [number, number];
}
export const API_ARCHIVE: ArchiveShape = { documents: 20_000, itemsPerDocument: 50, people: 5_000, paragraphs: [8, 14] };
/** The issue's archive for search: a million items over fifty thousand documents. */
export const SEARCH_ARCHIVE: ArchiveShape = { documents: 50_000, itemsPerDocument: 20, people: 5_000, paragraphs: [4, 7] };
/** Bump the version when what is generated changes: a database of another generation is made again. */
const generationOf = (shape: ArchiveShape) =>
  `v4 (search vectors) ${shape.documents} documents × ${shape.itemsPerDocument} items, ${shape.people} people${shape.paragraphs[0] === 8 ? "" : `, ${shape.paragraphs.join("–")} paragraphs`}`;
/** Items the verdict POST writes to, each with a citation; the app and the bare server get half each. */
export const VERDICT_ITEMS = 64;
/** One document in this many mentions RARE_WORD: 40 of the 20,000. */
const RARE_EVERY = 500;

/** The reviewer whose token the bench sends, and who signs in for the session-cookie row. */
export const BENCH_REVIEWER = { email: "reviewer@bench.local", password: "reviewer-bench-password" } as const;

export interface BenchInfo {
  generation: string;
  /** A reviewer's API token (reviewers may set verdicts), made by the app's createToken. */
  token: string;
  speakerName: string;
  speakerId: string;
  /** A word in a few dozen items (RARE_WORD), and one in a paragraph that thousands repeat. */
  rareWord: string;
  rareWordItems: number;
  uncommonWord: string;
  uncommonWordItems: number;
  documentId: string;
  itemId: string;
  verdictItems: string[];
  generatedSeconds: number;
}

export interface GenerateOptions {
  /** postgres://user@host:port without a database name. */
  server: string;
  database: string;
  fresh: boolean;
  log: (line: string) => void;
  /** The archive to make; bench:api's when not given. */
  shape?: ArchiveShape;
  /** Fewer documents, for trying the generator itself. */
  documents?: number;
}

export const databaseUrl = (server: string, database: string) => `${server.replace(/\/$/, "")}/${database}`;

/** The bench database, made (or made again) when it does not hold this generation. */
export async function ensureBenchDatabase(opts: GenerateOptions): Promise<BenchInfo> {
  const url = databaseUrl(opts.server, opts.database);
  const shape = opts.shape ?? API_ARCHIVE;
  const generation = opts.documents ? `${generationOf(shape)} (trial: ${opts.documents} documents)` : generationOf(shape);
  if (!opts.fresh) {
    const info = await existingGeneration(url, generation);
    if (info) {
      opts.log(`bench database ${opts.database}: reusing ${info.generation} (made in ${info.generatedSeconds.toFixed(0)} s; --fresh makes it again)`);
      return info;
    }
  }
  const t0 = performance.now();
  const admin = postgres(databaseUrl(opts.server, "postgres"), { max: 1, onnotice: () => {} });
  try {
    // Only ever the bench's own database, by its fixed name.
    await admin.unsafe(`drop database if exists "${opts.database}" with (force)`);
    await admin.unsafe(`create database "${opts.database}"`);
  } finally {
    await admin.end();
  }
  opts.log(`bench database ${opts.database}: created; migrating with the app's migrations`);
  const app = await openDatabase({ url });
  const load = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const info = { ...(await fill(app.db, load, shape, opts)), generation };
    info.generatedSeconds = (performance.now() - t0) / 1000;
    await load`create table bench_generation (generation text primary key, info jsonb not null, made_at timestamptz not null default now())`;
    await load`insert into bench_generation (generation, info) values (${generation}, ${load.json(info as never)})`;
    opts.log(`bench database ${opts.database}: ${generation} in ${info.generatedSeconds.toFixed(0)} s`);
    return info;
  } finally {
    await load.end();
    await app.close();
  }
}

async function existingGeneration(url: string, generation: string): Promise<BenchInfo | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const rows = await sql<{ info: BenchInfo }[]>`select info from bench_generation where generation = ${generation}`;
    return rows[0]?.info ?? null;
  } catch {
    return null; // no database, or no marker: not a finished generation
  } finally {
    await sql.end();
  }
}

type AppDb = Awaited<ReturnType<typeof openDatabase>>["db"];

async function fill(db: AppDb, sql: postgres.Sql, shape: ArchiveShape, opts: GenerateOptions): Promise<BenchInfo> {
  const documentCount = opts.documents ?? shape.documents;
  const perDocument = shape.itemsPerDocument;
  const [fewest, most] = shape.paragraphs;
  const random = mulberry32(20240609);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const texts = loadFixtureTexts(process.cwd());

  // Accounts and the token through the app's own code (bcrypt hashes, audit rows, the token hash).
  const ids: Record<string, string> = {};
  for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
    const user = await createUser(db, OPERATOR, { email: `${role}@bench.local`, role, password: `${role}-bench-password` });
    ids[role] = user.id;
  }
  const { token } = await createToken(db, OPERATOR, { email: BENCH_REVIEWER.email, name: "bench", scope: "read-write" });

  // One connection, so these settings hold for every statement below: no FK triggers while
  // loading (the generator makes every reference itself), no fsync wait per COPY.
  await sql`set session_replication_role = replica`;
  await sql`set synchronous_commit = off`;
  await sql`set maintenance_work_mem = '512MB'`;

  // People: the fixtures' gold speakers (with their aliases), then made-up names in both languages.
  const people: { id: string; name: string; aliases: string[]; kind: "person" | "org" }[] = [];
  const taken = new Set<string>();
  const addPerson = (name: string, aliases: string[], kind: "person" | "org") => {
    if (taken.has(name.toLowerCase())) return;
    taken.add(name.toLowerCase());
    people.push({ id: randomUUID(), name, aliases, kind });
  };
  for (const s of texts.speakers) addPerson(s.name, s.aliases, /\b(Ministry|Kementerian|Association|Democrats|Ukraina|Polri|Densus)\b/i.test(s.name) ? "org" : "person");
  fakerEN.seed(7);
  fakerID_ID.seed(8);
  while (people.length < shape.people) {
    const f = random() < 0.5 ? fakerEN : fakerID_ID;
    if (random() < 0.08) {
      addPerson(f.company.name(), [], "org");
      continue;
    }
    const name = `${f.person.firstName()} ${f.person.lastName()}`;
    const last = name.split(" ").pop()!;
    addPerson(name, random() < 0.2 ? [last] : [], "person");
  }
  await copy(sql, "people (id, name, kind, title, aliases)", people.map((p) => copyLine([p.id, p.name, p.kind, null, p.aliases])));
  const byName = new Map(people.map((p) => [p.name.toLowerCase(), p]));
  opts.log(`  ${people.length} people`);

  // Drop the items' secondary indexes for the load and build them again after: the same
  // statements the migrations made, read back from pg_indexes.
  const indexes = await sql<{ indexname: string; indexdef: string }[]>`
    select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'items' and indexname <> 'items_pkey'`;
  for (const i of indexes) await sql.unsafe(`drop index "${i.indexname}"`);

  const byLang = { id: texts.paragraphs.filter((p) => p.lang === "id"), en: texts.paragraphs.filter((p) => p.lang === "en") };
  const titles = { id: texts.titles.filter((t) => t.lang === "id"), en: texts.titles.filter((t) => t.lang === "en") };
  const cues = { id: ["mengatakan", "menurut", "menegaskan", "ujar", "kata"], en: ["said", "told", "according to", "warned", "added"] };
  const statuses = ["pending", "pending", "pending", "pending", "pending", "pending", "pending", "verified", "verified", "disputed", "unverifiable"] as const;
  const base = Date.UTC(2025, 0, 1);
  const documentIds: string[] = [];
  const documentLines: string[] = [];
  let sampleItem = "";
  const verdictItems: string[] = [];

  async function* itemLines(): AsyncGenerator<string> {
    let chunk = "";
    for (let n = 0; n < documentCount; n++) {
      const lang = random() < 0.5 ? "id" : "en";
      const chosen: Paragraph[] = [];
      for (let k = fewest + Math.floor(random() * (most - fewest + 1)); k > 0; k--) chosen.push(pick(byLang[lang]));
      // Every span of every paragraph, placed at the paragraph's offset in the body.
      const spans: (Span & { at: number })[] = [];
      let offset = 0;
      for (const p of chosen) {
        for (const s of p.spans) spans.push({ ...s, at: offset });
        offset += p.text.length + 2;
      }
      const joined = chosen.map((p) => p.text).join("\n\n");
      // One document in RARE_EVERY, spread through the order, mentions the rare word.
      const body = n % RARE_EVERY === RARE_EVERY / 2 ? withRareWord(joined, spans.map((s) => ({ start: s.at + s.start, end: s.at + s.end }))) : joined;
      const id = randomUUID();
      const createdAt = new Date(base + n * 30_000 + Math.floor(random() * 1000)).toISOString();
      documentIds.push(id);
      documentLines.push(
        copyLine([
          id,
          `${pick(titles[lang]).text} (${n + 1})`,
          body,
          createHash("sha256").update(`${n}\n${body}`).digest("hex"),
          lang === "id" ? "Bisnis.com" : "Wikinews",
          `https://example.org/${lang}/${n + 1}`,
          createdAt.slice(0, 10),
          lang,
          "bench",
          ids.editor!,
          createdAt,
        ]),
      );
      for (let i = 0; i < perDocument; i++) {
        // More spans than items: a random pick of them; fewer: the same span again, as the other type.
        const s = spans.length > perDocument ? spans.splice(Math.floor(random() * spans.length), 1)[0]! : spans[i % spans.length]!;
        const again = spans.length <= perDocument && i >= spans.length;
        const type = again ? (s.type === "quote" ? "claim" : "quote") : s.type;
        const kind = type === "quote" ? (s.kind ?? (random() < 0.5 ? "direct" : "indirect")) : null;
        const start = s.at + s.start;
        const end = s.at + s.end;
        let speaker: (typeof people)[number] | undefined;
        if (type === "quote") {
          // Gold quotes keep their speaker; the rest lean towards a few people, as real desks do.
          speaker = (s.speaker && byName.get(s.speaker.toLowerCase())) || (random() < 0.9 ? people[Math.floor(people.length * random() ** 3)] : undefined);
        }
        const reserved = verdictItems.length < VERDICT_ITEMS && i === 0;
        const status = reserved ? "pending" : pick(statuses);
        const itemId = randomUUID();
        if (reserved) verdictItems.push(itemId);
        if (n === Math.floor(documentCount / 2) && i === 7) sampleItem = itemId;
        chunk += copyLine([
          itemId,
          id,
          type,
          kind,
          body.slice(start, end),
          start,
          end,
          speaker?.id ?? null,
          speaker ? (speaker.aliases.length && random() < 0.5 ? speaker.aliases[0]! : speaker.name) : null,
          type === "quote" ? (s.cue ?? pick(cues[lang])) : null,
          Math.round(random() * 1000) / 1000,
          type === "claim" && random() < 0.3 ? ["number"] : [],
          status,
          status === "pending" ? 1 : 2,
          "bench",
          !reserved && i !== 7 && random() < 0.005 ? createdAt : null,
          createdAt,
          createdAt,
        ]);
      }
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = "";
      }
      if ((n + 1) % 5000 === 0) opts.log(`  ${(n + 1) * perDocument} items`);
    }
    if (chunk) yield chunk;
  }
  // Items first (documents are made as the items are), then the documents they belong to.
  await copyStream(sql, `items (id, document_id, type, kind, text, start, "end", speaker_id, speaker_mention, cue, score, signals, status, version, extractor, removed_at, created_at, updated_at)`, itemLines());
  await copy(sql, "documents (id, title, body, content_hash, source_name, source_url, published_at, language, extractor, created_by, created_at)", documentLines);
  // COPY in replica mode fires no trigger: the items' search vectors, as the import makes them.
  opts.log(`  ${documentIds.length} documents; the items' search vectors`);
  await sql`update items set search = to_tsvector(attest_text_config(d.language), items.text) from documents d where d.id = items.document_id`;
  opts.log("  building the items' indexes again");
  for (const i of indexes) await sql.unsafe(i.indexdef);

  // The history a real desk leaves: a verdict row for every item that is not pending, and
  // a citation on each item the verdict POST will write to (anything but pending needs one).
  await sql`insert into verdicts (item_id, from_status, to_status, note, version, created_by, created_at)
    select id, 'pending', status, null, 2, ${ids.reviewer!}, created_at from items where status <> 'pending'`;
  await sql`insert into citations (item_id, url, title, publisher, excerpt, stance, accessed_at, created_by)
    select id, 'https://example.org/source/' || id, 'Source for the bench', 'Bench', null, 'supports', '2025-01-02', ${ids.reviewer!}
    from items where id = any(${verdictItems}::uuid[]) or status <> 'pending'`;
  await sql`set session_replication_role = origin`;
  // VACUUM as autovacuum would soon after a load: the visibility map lets counts read indexes alone.
  opts.log("  verdicts and citations; vacuuming and analyzing");
  await sql`vacuum analyze`;

  const uncommonWord = rareWord(texts.paragraphs.map((p) => p.text));
  const itemsWith = async (word: string) => (await sql<{ n: number }[]>`select count(*)::int as n from items where text ilike ${`%${word}%`}`)[0]?.n ?? 0;
  const speakerName = texts.speakers.find((s) => /John Reid/.test(s.name))?.name ?? texts.speakers[0]!.name;
  return {
    generation: "",
    token,
    speakerName,
    speakerId: byName.get(speakerName.toLowerCase())!.id,
    rareWord: RARE_WORD,
    rareWordItems: await itemsWith(RARE_WORD),
    uncommonWord,
    uncommonWordItems: await itemsWith(uncommonWord),
    documentId: documentIds[Math.floor(documentCount / 3)]!,
    itemId: sampleItem,
    verdictItems,
    generatedSeconds: 0,
  };
}

async function copy(sql: postgres.Sql, target: string, lines: string[]) {
  async function* chunks() {
    for (let i = 0; i < lines.length; i += 2000) yield lines.slice(i, i + 2000).join("");
  }
  await copyStream(sql, target, chunks());
}

async function copyStream(sql: postgres.Sql, target: string, source: AsyncIterable<string>) {
  const writable = await sql.unsafe(`copy ${target} from stdin`).writable();
  await pipeline(Readable.from(source), writable);
}
