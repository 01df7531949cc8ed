import { renameSync, rmSync, writeFileSync } from "node:fs";
import { OPERATOR } from "@/server/actor.ts";
import { exportAll } from "@/server/backup/export-all.ts";
import { countsOf, describeCounts } from "@/server/backup/tables.ts";
import { CliError, UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { fsErrorReason } from "../fs-error-reason.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { withDatabase } from "../with-database.ts";

export const exportAllCommand: Command = {
  name: "export-all",
  synopsis: ["FILE"],
  summary: "write every account, token, document, item, person, citation, verdict and audit event to FILE (JSON)",
  async run(args) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `unexpected argument '${positionals[1]}'` : "give the FILE to write");
    const file = positionals[0]!;
    const backup = await withDatabase((db) => exportAll(db, OPERATOR));
    // Written beside FILE and renamed over it, so an interrupted export never leaves half a backup.
    const partial = `${file}.partial-${process.pid}`;
    try {
      writeFileSync(partial, JSON.stringify(backup));
      renameSync(partial, file);
    } catch (err) {
      rmSync(partial, { force: true });
      throw new CliError(`cannot write ${file}: ${fsErrorReason(err)}`, 2);
    }
    process.stderr.write(`exported ${describeCounts(countsOf(backup.tables))} to ${file}\n`);
    return 0;
  },
};
