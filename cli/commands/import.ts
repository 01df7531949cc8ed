import { OPERATOR } from "../../server/actor.ts";
import { importDocument } from "../../server/documents/import-document.ts";
import { AppError } from "../../server/errors.ts";
import { validate } from "../../server/validate.ts";
import { htmlToText } from "../../lib/import/html-to-text.ts";
import { uploadFormat } from "../../lib/import/upload.ts";
import { importDocumentSchema } from "../../lib/validations/document.ts";
import type { Db } from "../../db/client.ts";
import { cliErrorFrom, describeAppError } from "../app-error-to-cli.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { fileTitle } from "../file-title.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { parseLang } from "../parse-lang.ts";
import { progressBar } from "../progress-bar.ts";
import { tryReadTextFile } from "../read-text-file.ts";
import { withDatabase } from "../with-database.ts";

const FLAGS = { sourceName: "--source-name", sourceUrl: "--source-url", publishedAt: "--published-at", language: "--lang" };
const metadataSchema = importDocumentSchema.pick({ sourceName: true, sourceUrl: true, publishedAt: true });

type Metadata = { sourceName?: string; sourceUrl?: string; publishedAt?: string; language?: "id" | "en" };
type Outcome = { file: string; result: "imported" | "duplicate" } | { file: string; result: "failed"; reason: string };

export const importCommand: Command = {
  name: "import",
  synopsis: ["[--source-name NAME] [--source-url URL] [--published-at YYYY-MM-DD] [--lang id|en] FILE..."],
  summary: "import .txt, .md and .html articles and extract their quotes and claims; the options apply to every FILE",
  async run(args) {
    const { values, positionals: files } = parseCommandArgs(args, {
      "source-name": { type: "string" },
      "source-url": { type: "string" },
      "published-at": { type: "string" },
      lang: { type: "string" },
    });
    if (files.length === 0) throw new UsageError("give at least one FILE");
    const language = parseLang(values.lang);
    // Checked before the database opens: a bad option would fail every file the same way.
    const metadata: Metadata = { ...checkMetadata(values["source-name"], values["source-url"], values["published-at"]), language };

    const outcomes = await withDatabase(async (db) => {
      const progress = progressBar(files.length);
      const done: Outcome[] = [];
      for (const file of files) {
        done.push(await importFile(db, file, metadata));
        progress.update(done.length, file);
      }
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

/** One file's import; every problem with the file is its outcome, so the others still go in. */
async function importFile(db: Db, file: string, metadata: Metadata): Promise<Outcome> {
  const failed = (reason: string): Outcome => ({ file, result: "failed", reason });
  const format = uploadFormat(file);
  if (!format) return failed("not a .txt, .md or .html file");
  const read = tryReadTextFile(file);
  if ("reason" in read) return failed(read.reason);
  const body = format === "html" ? htmlToText(read.text) : read.text;
  if (!body.trim()) return failed("no article text in the file");
  try {
    const { duplicate } = await importDocument(db, OPERATOR, { ...metadata, title: fileTitle(read.text, body, format), body });
    return { file, result: duplicate ? "duplicate" : "imported" };
  } catch (err) {
    if (err instanceof AppError) return failed(describeAppError(err, FLAGS));
    throw err;
  }
}
