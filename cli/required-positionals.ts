import { UsageError } from "./cli-error.ts";

/** Exactly the named arguments (EMAIL, ROLE, …), in order, or a UsageError saying what is missing or extra. */
export function requiredPositionals(positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`give ${names.slice(positionals.length).join(" ")}`);
  if (positionals.length > names.length) throw new UsageError(`unexpected argument '${positionals[names.length]}'`);
  return positionals;
}
