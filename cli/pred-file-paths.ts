import { basename, join } from "node:path";
import { UsageError } from "./cli-error.ts";

/** `DIR/<name>.pred.json` for `<name>.txt` or `<name>.md`, the naming score.mjs expects. */
export function predFilePath(outDir: string, input: string): string {
  return join(outDir, `${basename(input).replace(/\.(txt|md)$/i, "")}.pred.json`);
}

/** One output path per input; two inputs with the same name would overwrite each other, so that is refused. */
export function predFilePaths(outDir: string, inputs: string[]): string[] {
  const seen = new Map<string, string>();
  return inputs.map((input) => {
    const out = predFilePath(outDir, input);
    const earlier = seen.get(out);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${input} would both write ${out}`);
    seen.set(out, input);
    return out;
  });
}
