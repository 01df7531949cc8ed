import { OPERATOR } from "@/server/actor.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredOptions } from "../required-options.ts";
import { toMinute } from "../tsv.ts";
import { withDatabase } from "../with-database.ts";

const FLAGS = { email: "--email", name: "--name", scope: "--scope", expiresInDays: "--expires" };

export const tokenCreateCommand: Command = {
  name: "token create",
  synopsis: ["--email EMAIL [--name NAME] [--scope read-only|read-write] [--expires DAYS]"],
  summary: "make an API token (read-only and 90 days unless told) and print it on stdout; it is shown this once",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      email: { type: "string" },
      name: { type: "string" },
      scope: { type: "string" },
      expires: { type: "string" },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const { email } = requiredOptions(values, ["email"]);
    const input = { email, name: values.name, scope: values.scope, expiresInDays: values.expires };
    const t = await withDatabase((db) => createToken(db, OPERATOR, input), FLAGS);
    // Only the token on stdout, so `TOKEN=$(npm run -s attest -- token create …)` works.
    process.stderr.write(`created ${t.scope} API token ${t.id} for ${email.trim().toLowerCase()}, expires ${toMinute(t.expiresAt)}; it is not stored and cannot be shown again\n`);
    process.stdout.write(`${t.token}\n`);
    return 0;
  },
};
