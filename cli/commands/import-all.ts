import { OPERATOR } from "@/server/actor.ts";
import { importAll } from "@/server/backup/import-all.ts";
import { describeCounts } from "@/server/backup/tables.ts";
import { CliError, UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { readTextFile } from "../read-text-file.ts";
import { withDatabase } from "../with-database.ts";

export const importAllCommand: Command = {
  name: "import-all",
  synopsis: ["FILE"],
  summary: "load an export-all FILE into an empty database (all of it, or nothing on any error)",
  async run(args) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `unexpected argument '${positionals[1]}'` : "give the FILE to read");
    const file = positionals[0]!;
    // The file is checked before the database is opened: a bad file never touches it.
    let backup: unknown;
    try {
      backup = JSON.parse(readTextFile(file));
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, 2);
    }
    const counts = await withDatabase((db) => importAll(db, OPERATOR, backup));
    process.stdout.write(`imported ${describeCounts(counts)}\n`);
    return 0;
  },
};
