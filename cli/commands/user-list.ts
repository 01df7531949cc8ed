import { OPERATOR } from "@/server/actor.ts";
import { listUsers } from "@/server/users/list-users.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { toMinute, tsvLine } from "../tsv.ts";
import { withDatabase } from "../with-database.ts";

export const userListCommand: Command = {
  name: "user list",
  synopsis: ["[--json]"],
  summary:
    "every account, one a line, tab-separated: email, role, name, active|deactivated, must-change-password or -, last sign-in (UTC, - if none in 90 days)",
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    requiredPositionals(positionals, []);
    const users = await withDatabase((db) => listUsers(db, OPERATOR));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
      return 0;
    }
    for (const u of users) {
      const state = u.deactivatedAt ? "deactivated" : "active";
      process.stdout.write(tsvLine([u.email, u.role, u.name, state, u.mustChangePassword ? "must-change-password" : null, toMinute(u.lastSignInAt)]));
    }
    return 0;
  },
};
