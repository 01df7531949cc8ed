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

/** A whole UTF-8 text file, or a short reason it cannot be read ("no such file", "not valid UTF-8 text"). */
export function tryReadTextFile(path: string): { text: string } | { reason: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { reason: fsErrorReason(err) };
  }
  try {
    return { text: decodeText(bytes) };
  } catch (err) {
    if (err instanceof NotTextError) return { reason: err.message };
    throw err;
  }
}

/** Reads a whole UTF-8 text file; any failure becomes a one-line CliError (exit 2). */
export function readTextFile(path: string): string {
  const read = tryReadTextFile(path);
  if ("reason" in read) throw new CliError(`cannot read ${path}: ${read.reason}`, 2);
  return read.text;
}
