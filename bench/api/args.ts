// The bench's flags, as bench/extract.bench.ts has them: --json, --only, plus --quick (short
// rounds, for trying it) and --fresh (make the database again).
import { UsageError } from "@/cli/cli-error.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";

export const USAGE = "usage: npm run bench:api [-- --json] [--quick] [--fresh] [--only NAME[,NAME…]]";

export interface BenchFlags {
  json: boolean;
  quick: boolean;
  fresh: boolean;
  help: boolean;
  /** Route names (or their starts), lower-cased; null for every route. */
  only: string[] | null;
}

export function parseBenchArgs(argv: string[]): BenchFlags {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: "boolean" },
    quick: { type: "boolean" },
    fresh: { type: "boolean" },
    only: { type: "string" },
    help: { type: "boolean" },
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const only = values.only?.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return { json: !!values.json, quick: !!values.quick, fresh: !!values.fresh, help: !!values.help, only: only?.length ? only : null };
}

/** Whether a route is wanted: its name starts with one of the --only names. */
export const wanted = (flags: Pick<BenchFlags, "only">, name: string) => !flags.only || flags.only.some((o) => name.toLowerCase().startsWith(o));
