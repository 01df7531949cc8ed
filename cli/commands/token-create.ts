import { OPERATOR } from "@/server/actor.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredOptions } from "../required-options.ts";
import { withDatabase } from "../with-database.ts";

export const tokenCreateCommand: Command = {
  name: "token create",
  synopsis: ["--email EMAIL [--name NAME]"],
  summary: "make an API token for an account and print it on stdout (it is shown this once)",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { email: { type: "string" }, name: { type: "string" } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const { email } = requiredOptions(values, ["email"]);
    const { token } = await withDatabase((db) => createToken(db, OPERATOR, { email, name: values.name }), { email: "--email" });
    // Only the token on stdout, so `TOKEN=$(npm run -s attest -- token create …)` works.
    process.stderr.write(`created API token "${values.name ?? "cli"}" for ${email.trim().toLowerCase()}; it is not stored and cannot be shown again\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
