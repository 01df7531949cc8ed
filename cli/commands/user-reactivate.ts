import { OPERATOR } from "@/server/actor.ts";
import { reactivateUser } from "@/server/users/set-active.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { withDatabase } from "../with-database.ts";

export const userReactivateCommand: Command = {
  name: "user reactivate",
  synopsis: ["EMAIL"],
  summary: "let a deactivated account sign in again (the tokens revoked then stay revoked)",
  async run(args) {
    const [email] = requiredPositionals(parseCommandArgs(args, {}).positionals, ["EMAIL"]);
    const r = await withDatabase((db) => reactivateUser(db, OPERATOR, email!));
    process.stdout.write(r.changed ? `reactivated ${r.email}; its earlier API tokens stay revoked\n` : `${r.email} was not deactivated\n`);
    return 0;
  },
};
