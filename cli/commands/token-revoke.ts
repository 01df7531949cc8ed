import { OPERATOR } from "@/server/actor.ts";
import { revokeAllTokens, revokeToken } from "@/server/tokens/revoke-token.ts";
import { UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { plural } from "../plural.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { withDatabase } from "../with-database.ts";

export const tokenRevokeCommand: Command = {
  name: "token revoke",
  synopsis: ["ID", "--email EMAIL --all"],
  summary: "revoke one API token (its id from `token list`), or every live one of an account",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { email: { type: "string" }, all: { type: "boolean" } });
    // --all alone could read as "every token of everyone"; both words are asked for so it never does.
    if (values.email !== undefined || values.all) {
      if (values.email === undefined) throw new UsageError("--all needs --email EMAIL");
      if (!values.all) throw new UsageError("--email needs --all (or give one token's ID instead)");
      requiredPositionals(positionals, []);
      const { revoked } = await withDatabase((db) => revokeAllTokens(db, OPERATOR, values.email!));
      process.stdout.write(`revoked ${plural(revoked, "API token")} of ${values.email.trim().toLowerCase()}\n`);
      return 0;
    }
    const [id] = requiredPositionals(positionals, ["ID"]);
    const r = await withDatabase((db) => revokeToken(db, OPERATOR, id!));
    process.stdout.write(r.revoked ? `revoked API token ${r.id} (${r.prefix}…)\n` : `API token ${r.id} (${r.prefix}…) was already revoked\n`);
    return 0;
  },
};
