import { OPERATOR } from "@/server/actor.ts";
import { AppError } from "@/server/errors.ts";
import { reextractDocument, type ReextractReport } from "@/server/reextract/reextract-document.ts";
import { reextractTargets } from "@/server/reextract/reextract-targets.ts";
import { countOf } from "@/lib/format/count-of.ts";
import { describeAppError } from "../app-error-to-cli.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { detailLines, summaryLine, totalLine } from "../reextract-lines.ts";
import { withDatabase } from "../with-database.ts";

export const reextractCommand: Command = {
  name: "reextract",
  synopsis: ["[--apply] [--all] [--verbose] [DOCUMENT_ID...]"],
  summary: "show what the current extractor would change on documents extracted by another version; --apply writes it, leaving reviewed items alone",
  async run(args) {
    const { values, positionals: ids } = parseCommandArgs(args, {
      apply: { type: "boolean" },
      all: { type: "boolean" },
      verbose: { type: "boolean", short: "v" },
    });
    const apply = values.apply === true;
    const out = (line: string) => process.stdout.write(`${line}\n`);

    return withDatabase(async (db) => {
      const { extractor, targets, current } = await reextractTargets(db, OPERATOR, { ids, all: values.all });
      const reports: ReextractReport[] = [];
      const failed: string[] = [];
      // One document at a time, each in its own transaction, each reported as it is done.
      for (const target of targets) {
        try {
          const report = await reextractDocument(db, OPERATOR, target.id, { apply });
          reports.push(report);
          out(summaryLine(report));
          if (values.verbose) detailLines(report).forEach(out);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          failed.push(`failed ${target.title}: ${describeAppError(err)}`);
        }
      }
      failed.forEach(out);
      const upToDate = `${countOf(current.length, "document")} already at ${extractor} (--all re-extracts them too)`;
      if (!targets.length) out(current.length ? `nothing to re-extract: ${upToDate}` : "nothing to re-extract: there are no documents");
      else {
        if (current.length) out(`skipped ${upToDate}`);
        out(totalLine(reports, apply));
      }
      return failed.length ? 1 : 0;
    });
  },
};
