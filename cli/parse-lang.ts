import type { Lang } from "@/lib/extract/index.ts";
import { UsageError } from "./cli-error.ts";

const LANGS: readonly Lang[] = ["id", "en"];

/** The --lang value, or undefined to let the extractor detect the language. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const lang = LANGS.find((l) => l === value);
  if (!lang) throw new UsageError(`--lang must be id or en, not '${value}'`);
  return lang;
}
