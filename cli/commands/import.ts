import { OPERATOR } from "@/server/actor.ts";
import { prepareImports, writeImports, type ImportOutcome, type ImportTimings } from "@/server/documents/import-document.ts";
import { AppError } from "@/server/errors.ts";
import { readUrl } from "@/server/intake/read-url.ts";
import { validate } from "@/server/validate.ts";
import { htmlToText } from "@/lib/import/html-to-text.ts";
import { uploadFormat } from "@/lib/import/upload.ts";
import { importDocumentSchema } from "@/lib/validations/document.ts";
import type { Db } from "@/db/client.ts";
import { cliErrorFrom, describeAppError } from "../app-error-to-cli.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { fileTitle } from "@/lib/import/file-title.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { parseLang } from "../parse-lang.ts";
import { progressBar } from "../progress-bar.ts";
import { tryReadTextFile } from "../read-text-file.ts";
import { withDatabase } from "../with-database.ts";

const FLAGS = { sourceName: "--source-name", sourceUrl: "--source-url", publishedAt: "--published-at", language: "--lang" };
const metadataSchema = importDocumentSchema.pick({ sourceName: true, sourceUrl: true, publishedAt: true });

export type Metadata = { sourceName?: string; sourceUrl?: string; publishedAt?: string; language?: "id" | "en" };
export type Outcome = { file: string; result: "imported" | "duplicate" } | { file: string; result: "failed"; reason: string };

export const importCommand: Command = {
  name: "import",
  synopsis: ["[--source-name NAME] [--source-url URL] [--published-at YYYY-MM-DD] [--lang id|en] FILE|URL..."],
  summary:
    "import .txt, .md and .html articles, or articles fetched from their http(s) addresses, and extract their quotes and claims; the options apply to every one and win over a page's own",
  async run(args) {
    const { values, positionals: files } = parseCommandArgs(args, {
      "source-name": { type: "string" },
      "source-url": { type: "string" },
      "published-at": { type: "string" },
      lang: { type: "string" },
    });
    if (files.length === 0) throw new UsageError("give at least one FILE or URL");
    const language = parseLang(values.lang);
    // Checked before the database opens: a bad option would fail every file the same way.
    const metadata: Metadata = { ...checkMetadata(values["source-name"], values["source-url"], values["published-at"]), language };

    const outcomes = await withDatabase(async (db) => {
      const progress = progressBar(files.length);
      const done = await importFiles(db, files, metadata, (n, file) => progress.update(n, file));
      progress.finish();
      return done;
    }, FLAGS);

    const count = (result: Outcome["result"]) => outcomes.filter((o) => o.result === result).length;
    const lines = [`imported ${count("imported")}, duplicates ${count("duplicate")}, failed ${count("failed")}`];
    for (const o of outcomes) if (o.result === "failed") lines.push(`failed ${o.file}: ${o.reason}`);
    process.stdout.write(`${lines.join("\n")}\n`);
    return count("failed") > 0 ? 1 : 0;
  },
};

function checkMetadata(sourceName?: string, sourceUrl?: string, publishedAt?: string) {
  try {
    return validate(metadataSchema, { sourceName, sourceUrl, publishedAt });
  } catch (err) {
    throw err instanceof AppError ? cliErrorFrom(err, FLAGS) : err;
  }
}

/** Files read and checked, then imported together: at most this many, or this many bytes of text. */
const BATCH_FILES = 100;
const BATCH_BYTES = 8_000_000;

/**
 * Imports the files in batches, in order; `onDone(n, file)` as each one's outcome is known.
 * A batch is read and extracted while the one before is written. Every problem with a file is
 * its outcome, so the others still go in.
 */
export async function importFiles(
  db: Db,
  files: string[],
  metadata: Metadata,
  onDone: (done: number, file: string) => void = () => {},
  timings?: ImportTimings,
): Promise<Outcome[]> {
  const done: Outcome[] = [];
  const report = (batch: Prepared[], results: Iterator<ImportOutcome>) => {
    for (const p of batch) {
      if (!("input" in p)) done.push(p);
      else {
        const r = results.next().value!;
        done.push("error" in r ? failed(p.file, describeAppError(r.error, FLAGS)) : { file: p.file, result: r.result.duplicate ? "duplicate" : "imported" });
      }
      onDone(done.length, p.file);
    }
  };
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < files.length; ) {
      const batch: Prepared[] = [];
      let bytes = 0;
      while (start < files.length && batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
        const prepared = await prepareSource(files[start++]!, metadata);
        if ("input" in prepared) bytes += prepared.input.body.length;
        batch.push(prepared);
      }
      const ready = await prepareImports(db, OPERATOR, batch.flatMap((p) => ("input" in p ? [p.input] : [])), timings);
      await writing;
      writing = writeImports(db, ready, timings).then((outcomes) => report(batch, outcomes.values()));
      writing.catch(() => {}); // awaited above or below; this only keeps it from counting as unhandled meanwhile
    }
  } finally {
    await writing.catch(() => {}); // a write in flight ends before the database is closed
  }
  await writing;
  return done;
}

type Prepared = { file: string; input: Metadata & { title: string; body: string } } | Outcome;

const failed = (file: string, reason: string): Outcome => ({ file, result: "failed", reason });

/** One file read, or one page fetched, and made an article to import; or the reason it cannot be. */
async function prepareSource(source: string, metadata: Metadata): Promise<Prepared> {
  return /^https?:\/\//i.test(source) ? prepareUrl(source, metadata) : prepareFile(source, metadata);
}

async function prepareUrl(url: string, metadata: Metadata): Promise<Prepared> {
  try {
    const page = await readUrl(url);
    const given = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
    const { title, body, sourceName, sourceUrl, publishedAt, language } = page;
    return { file: url, input: { title, body, sourceName, sourceUrl, publishedAt, language, ...given } };
  } catch (err) {
    if (err instanceof AppError) return failed(url, err.message);
    throw err;
  }
}

function prepareFile(file: string, metadata: Metadata): Prepared {
  const format = uploadFormat(file);
  if (!format) return failed(file, "not a .txt, .md or .html file");
  const read = tryReadTextFile(file);
  if ("reason" in read) return failed(file, read.reason);
  const body = format === "html" ? htmlToText(read.text) : read.text;
  if (!body.trim()) return failed(file, "no article text in the file");
  return { file, input: { ...metadata, title: fileTitle(read.text, body, format), body } };
}
