import { OPERATOR } from "@/server/actor.ts";
import { resetPassword } from "@/server/users/reset-password.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { plural } from "../plural.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { withDatabase } from "../with-database.ts";

export const userResetCommand: Command = {
  name: "user reset",
  synopsis: ["EMAIL"],
  summary: "give an account a temporary password, printed on stdout, to be changed at its next sign-in; its sessions end",
  async run(args) {
    const [email] = requiredPositionals(parseCommandArgs(args, {}).positionals, ["EMAIL"]);
    const r = await withDatabase((db) => resetPassword(db, OPERATOR, email!));
    // Only the password on stdout, as `token create` prints only the token, so it can be captured.
    process.stderr.write(`reset the password of ${r.email} (${plural(r.sessionsEnded, "session")} ended): pass on this temporary password, to be changed at the next sign-in; it cannot be shown again\n`);
    process.stdout.write(`${r.temporaryPassword}\n`);
    return 0;
  },
};
