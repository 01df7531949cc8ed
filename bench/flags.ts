import { UsageError } from "@/cli/cli-error.ts";

/**
 * A bench's flags as its command line gives them: a usage slip is one line and the usage, exit
 * 2; `--help` is the usage, exit 0. `parse` throws UsageError for a slip.
 */
export function benchFlags<T extends { help?: boolean }>(name: string, usage: string, parse: () => T): T {
  let flags: T;
  try {
    flags = parse();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${name}: ${err.message}\n${usage}\n`);
    process.exit(2);
  }
  if (flags.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return flags;
}
