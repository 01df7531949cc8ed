import { UsageError } from "./cli-error.ts";

/** The named options' values, or a UsageError naming every one that is missing. */
export function requiredOptions<K extends string>(values: Partial<Record<K, string | boolean | undefined>>, names: K[]): Record<K, string> {
  const missing = names.filter((n) => typeof values[n] !== "string");
  if (missing.length) throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(", ")}`);
  return Object.fromEntries(names.map((n) => [n, values[n]])) as Record<K, string>;
}
