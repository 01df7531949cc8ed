import { OPERATOR } from "@/server/actor.ts";
import { createUser } from "@/server/users/create-user.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredOptions } from "../required-options.ts";
import { withDatabase } from "../with-database.ts";

const FLAGS = { email: "--email", role: "--role", password: "--password", name: "--name" };

export const userAddCommand: Command = {
  name: "user add",
  synopsis: ["--email EMAIL --role viewer|reviewer|editor|admin --password PASSWORD [--name NAME]"],
  summary: "add an account to the database (refused while the server holds the embedded database)",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const input = { ...requiredOptions(values, ["email", "role", "password"]), name: values.name };
    const user = await withDatabase((db) => createUser(db, OPERATOR, input), FLAGS);
    process.stdout.write(`added ${user.email} (${user.name}) as ${user.role}\n`);
    return 0;
  },
};
