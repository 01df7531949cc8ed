import { OPERATOR } from "@/server/actor.ts";
import { createUser } from "@/server/users/create-user.ts";
import { CliError, UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { readPassword } from "../read-password.ts";
import { requiredOptions } from "../required-options.ts";
import { withDatabase } from "../with-database.ts";

const FLAGS = { email: "--email", role: "--role", name: "--name" };

export const userAddCommand: Command = {
  name: "user add",
  synopsis: ["--email EMAIL --role viewer|reviewer|editor|admin [--name NAME] [--invite | --password PASSWORD]"],
  summary:
    "add an account; the password is asked for (or read from stdin's first line when piped); --invite prints a temporary one on stdout instead",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      invite: { type: "boolean" },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.invite && values.password !== undefined) throw new UsageError("--invite and --password do not go together");
    const input = { ...requiredOptions(values, ["email", "role"]), name: values.name };
    const password = values.invite ? undefined : await passwordFrom(values.password);
    // The password is named as the option only when it was one; from stdin or the prompt it is just "password".
    const flags = values.password === undefined ? FLAGS : { ...FLAGS, password: "--password" };
    const user = await withDatabase((db) => createUser(db, OPERATOR, { ...input, password }), flags);
    if (!user.temporaryPassword) {
      process.stdout.write(`added ${user.email} (${user.name}) as ${user.role}\n`);
      return 0;
    }
    // Only the password on stdout, as `token create` prints only the token, so it can be captured.
    process.stderr.write(`invited ${user.email} (${user.name}) as ${user.role}: pass on this temporary password, to be changed at the first sign-in; it cannot be shown again\n`);
    process.stdout.write(`${user.temporaryPassword}\n`);
    return 0;
  },
};

async function passwordFrom(option: string | undefined): Promise<string> {
  if (option === undefined) return readPassword();
  // The service would refuse it as too short; --invite is what the user probably meant.
  if (!option) throw new CliError("--password is empty (--invite makes a temporary one)", 2);
  process.stderr.write("attest: warning: --password ends up in the shell history and the process list; leave it out to type it, or pipe it on stdin\n");
  return option;
}
