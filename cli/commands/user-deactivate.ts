import { OPERATOR } from "@/server/actor.ts";
import { deactivateUser } from "@/server/users/set-active.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { plural } from "../plural.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { withDatabase } from "../with-database.ts";

export const userDeactivateCommand: Command = {
  name: "user deactivate",
  synopsis: ["EMAIL"],
  summary: "stop an account signing in: its sessions end and its API tokens are revoked; its work stays",
  async run(args) {
    const [email] = requiredPositionals(parseCommandArgs(args, {}).positionals, ["EMAIL"]);
    const r = await withDatabase((db) => deactivateUser(db, OPERATOR, email!));
    process.stdout.write(
      r.changed
        ? `deactivated ${r.email}: ${plural(r.sessionsEnded, "session")} ended, ${plural(r.tokensRevoked, "API token")} revoked\n`
        : `${r.email} was already deactivated\n`,
    );
    return 0;
  },
};
