import { CliError, UsageError } from "./cli-error.ts";
import type { Command } from "./command.ts";
import { exportAllCommand } from "./commands/export-all.ts";
import { extractCommand } from "./commands/extract.ts";
import { importAllCommand } from "./commands/import-all.ts";
import { importCommand } from "./commands/import.ts";
import { reextractCommand } from "./commands/reextract.ts";
import { tokenCreateCommand } from "./commands/token-create.ts";
import { tokenListCommand } from "./commands/token-list.ts";
import { tokenRevokeCommand } from "./commands/token-revoke.ts";
import { userAddCommand } from "./commands/user-add.ts";
import { userDeactivateCommand } from "./commands/user-deactivate.ts";
import { userListCommand } from "./commands/user-list.ts";
import { userReactivateCommand } from "./commands/user-reactivate.ts";
import { userResetCommand } from "./commands/user-reset.ts";
import { userRoleCommand } from "./commands/user-role.ts";

// A new command is one file under commands/ and one entry here.
const COMMANDS: Command[] = [
  extractCommand,
  importCommand,
  reextractCommand,
  userAddCommand,
  userListCommand,
  userRoleCommand,
  userDeactivateCommand,
  userReactivateCommand,
  userResetCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  exportAllCommand,
  importAllCommand,
];

const synopsisLines = (c: Command) => c.synopsis.map((s) => `attest ${c.name} ${s}`);

const USAGE = [
  "usage: attest <command> [options]",
  "",
  ...COMMANDS.flatMap((c) => [...synopsisLines(c), `    ${c.summary}`]),
  "",
  "attest <command> --help shows one command's usage.",
].join("\n");

function commandUsage(c: Command): string {
  return `usage: ${synopsisLines(c).join("\n       ")}`;
}

function findCommand(args: string[]): Command | undefined {
  return COMMANDS.find((c) => c.name.split(" ").every((word, i) => args[i] === word));
}

// Help is only looked for before "--", so a file literally named --help can still be given after it.
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

async function main(args: string[]): Promise<number> {
  const [first] = args;
  if (first === "--help" || first === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = findCommand(args);
  if (!command) {
    const what = first === undefined ? "no command given" : `unknown command '${first}'`;
    process.stderr.write(`attest: ${what}\n${USAGE}\n`);
    return 2;
  }
  const rest = args.slice(command.name.split(" ").length);
  if (wantsHelp(rest)) {
    process.stdout.write(`${commandUsage(command)}\n    ${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    process.stderr.write(`attest: ${err.message}\n`);
    if (err instanceof UsageError) process.stderr.write(`${commandUsage(command)}\n`);
    return err.exitCode;
  }
}

// `attest extract big.txt | head` closes the pipe early: the reader's choice, not a failure to report.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  process.exit(0);
});

// exitCode rather than process.exit(): the latter can cut off a large JSON still being written to a pipe.
process.exitCode = await main(process.argv.slice(2));
