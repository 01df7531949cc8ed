import { text } from "node:stream/consumers";
import { CliError } from "./cli-error.ts";

/**
 * The new account's password, kept out of the arguments (shell history, `ps`): piped in, the
 * first line of stdin; at a terminal, typed twice behind a mask.
 */
export async function readPassword(): Promise<string> {
  const password = process.stdin.isTTY ? await promptTwice() : ((await text(process.stdin)).split(/\r?\n/)[0] ?? "");
  // The service would take an empty password for an invitation: say so rather than invite by accident.
  if (!password) throw new CliError("empty password (--invite makes a temporary one)", 2);
  return password;
}

// Not covered by the tests (they have no terminal), so it stays this small.
async function promptTwice(): Promise<string> {
  const { default: password } = await import("@inquirer/password");
  // On stderr, so stdout keeps only what a script would capture.
  const ask = (message: string) => password({ message, mask: true }, { output: process.stderr });
  const first = await ask("Password:").catch(cancelled);
  if ((await ask("Again:").catch(cancelled)) !== first) throw new CliError("the two passwords differ", 2);
  return first;
}

function cancelled(err: unknown): never {
  if (err instanceof Error && err.name === "ExitPromptError") throw new CliError("cancelled", 130);
  throw err;
}
