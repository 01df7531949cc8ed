import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./cli-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs in strict mode, its errors turned into a short UsageError. */
export function parseCommandArgs<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS_") || !(err instanceof Error)) throw err;
    // Node's messages go on with advice about "--"; the first sentence is the useful part.
    const first = (err.message.split("\n")[0]?.split(". ")[0] ?? err.message).replace(/\.$/, "");
    throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}
