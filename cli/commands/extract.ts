import { mkdirSync, writeFileSync } from "node:fs";
import { extract, type ExtractOptions, type ExtractResult } from "@/lib/extract/index.ts";
import { CliError, UsageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { fsErrorReason } from "../fs-error-reason.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { parseLang } from "../parse-lang.ts";
import { predFilePaths } from "../pred-file-paths.ts";
import { readTextFile } from "../read-text-file.ts";

const toJson = (result: ExtractResult) => `${JSON.stringify(result, null, 2)}\n`;

export const extractCommand: Command = {
  name: "extract",
  synopsis: ["[--lang id|en] FILE", "[--lang id|en] --out DIR FILE..."],
  summary: "print the quotes and claims of FILE as JSON, or write DIR/<name>.pred.json for each <name>.txt",
  run(args) {
    const { values, positionals: files } = parseCommandArgs(args, {
      out: { type: "string" },
      lang: { type: "string" },
    });
    const lang = parseLang(values.lang);
    const opts: ExtractOptions = lang ? { lang } : {};

    if (values.out === undefined) {
      const [file, ...rest] = files;
      if (file === undefined || rest.length > 0) throw new UsageError("give one FILE, or --out DIR for several");
      process.stdout.write(toJson(extract(readTextFile(file), opts)));
      return 0;
    }

    const outDir = values.out;
    if (files.length === 0) throw new UsageError("--out DIR needs at least one FILE");
    const outputs = predFilePaths(outDir, files);
    // Read everything first so a bad input leaves no half-written output folder.
    const texts = files.map(readTextFile);
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (err) {
      throw new CliError(`cannot create ${outDir}: ${fsErrorReason(err)}`);
    }
    texts.forEach((text, i) => {
      const out = outputs[i]!;
      const result = extract(text, opts);
      try {
        writeFileSync(out, toJson(result));
      } catch (err) {
        throw new CliError(`cannot write ${out}: ${fsErrorReason(err)}`);
      }
      process.stderr.write(`wrote ${out} (${result.quotes.length} quotes, ${result.claims.length} claims)\n`);
    });
    return 0;
  },
};
