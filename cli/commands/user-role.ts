import { OPERATOR } from "@/server/actor.ts";
import { changeRole } from "@/server/users/change-role.ts";
import type { Command } from "../command.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { plural } from "../plural.ts";
import { requiredPositionals } from "../required-positionals.ts";
import { withDatabase } from "../with-database.ts";

export const userRoleCommand: Command = {
  name: "user role",
  synopsis: ["EMAIL viewer|reviewer|editor|admin"],
  summary: "give an account another role; its sessions end, so it signs in again under the new one",
  async run(args) {
    const [email, role] = requiredPositionals(parseCommandArgs(args, {}).positionals, ["EMAIL", "ROLE"]);
    const r = await withDatabase((db) => changeRole(db, OPERATOR, email!, { role }), { role: "ROLE" });
    process.stdout.write(r.changed ? `${r.email} is now ${r.role}; ${plural(r.sessionsEnded, "session")} ended\n` : `${r.email} is already ${r.role}\n`);
    return 0;
  },
};
