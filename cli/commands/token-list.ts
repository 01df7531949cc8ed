import { tokenState } from "@/lib/tokens.ts";
import { OPERATOR } from "@/server/actor.ts";
import { listTokens } from "@/server/tokens/list-tokens.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { toMinute, tsvLine } from "../tsv.ts";
import { withDatabase } from "../with-database.ts";

export const tokenListCommand: Command = {
  name: "token list",
  synopsis: ["[--email EMAIL] [--json]"],
  summary:
    "API tokens, newest first, one a line, tab-separated: id, prefix, name, owner, scope, created, last used, expires (UTC, - for none), live|expired|revoked",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { email: { type: "string" }, json: { type: "boolean" } });
    requiredPositionals(positionals, []);
    // The operator owns no tokens, so without --email it is everyone's.
    const tokens = await withDatabase((db) => listTokens(db, OPERATOR, values.email === undefined ? { everyone: true } : { email: values.email }));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
      return 0;
    }
    if (!tokens.length) process.stderr.write(`no API tokens${values.email === undefined ? "" : ` for ${values.email}`}\n`);
    const now = new Date().toISOString();
    for (const t of tokens) {
      process.stdout.write(tsvLine([t.id, t.prefix, t.name, t.ownerEmail, t.scope, toMinute(t.createdAt), toMinute(t.lastUsedAt), toMinute(t.expiresAt), tokenState(t, now)]));
    }
    return 0;
  },
};
