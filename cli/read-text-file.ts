import { readFileSync } from "node:fs";
import { CliError } from "./cli-error.ts";
import { fsErrorReason } from "./fs-error-reason.ts";

/** Exported so tests can tell a decoding failure from an I/O one. */
export class NotTextError extends Error {}

// fatal: a lenient decoder would turn bad bytes into U+FFFD and silently shift every offset
// an editor later checks against the original file. The default (ignoreBOM: false) drops a BOM.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 text, dropping a leading BOM; throws NotTextError on binary or invalid input. */
export function decodeText(bytes: Uint8Array): string {
  // NUL is valid UTF-8 but never occurs in an article: it is the usual sign of a binary file.
  if (bytes.includes(0)) throw new NotTextError("binary file (contains NUL bytes)");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotTextError("not valid UTF-8 text");
  }
}

/** Reads a whole UTF-8 text file; any failure becomes a one-line CliError (exit 2). */
export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${fsErrorReason(err)}`, 2);
  }
  try {
    return decodeText(bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new CliError(`cannot read ${path}: ${err.message}`, 2);
    throw err;
  }
}
