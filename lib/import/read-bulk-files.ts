import { unzipSync } from "fflate";
import { textProblem, uploadFormat, uploadProblem, type UploadFormat } from "./upload.ts";

export interface BulkFile {
  name: string;
  format: UploadFormat;
  body: string;
}

/** Files chosen for a bulk import, read in the browser: each becomes an article, or a reason it cannot. */
export interface BulkSelection {
  files: BulkFile[];
  skipped: { name: string; reason: string }[];
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * Reads .txt, .md and .html files, and unpacks .zip archives into theirs (folders flattened to
 * their paths, macOS resource forks and hidden files left out). Every file that cannot be used
 * is listed with its reason, so the editor sees what will and will not be imported before sending.
 */
export async function readBulkFiles(chosen: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }[]): Promise<BulkSelection> {
  const out: BulkSelection = { files: [], skipped: [] };
  for (const file of chosen) {
    if (/\.zip$/i.test(file.name)) {
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
      } catch {
        out.skipped.push({ name: file.name, reason: `${file.name} is not a readable .zip archive.` });
        continue;
      }
      for (const [path, bytes] of Object.entries(entries)) {
        if (path.endsWith("/") || /(^|\/)(__MACOSX|\.)/.test(path)) continue;
        add(out, `${file.name}/${path}`, bytes.byteLength, () => bytes);
      }
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    add(out, file.name, file.size, () => bytes);
  }
  return out;
}

function add(out: BulkSelection, name: string, size: number, bytes: () => Uint8Array) {
  const early = uploadProblem({ name, size });
  if (early) return void out.skipped.push({ name, reason: early });
  const body = utf8.decode(bytes());
  const problem = textProblem(name, body);
  if (problem) return void out.skipped.push({ name, reason: problem });
  out.files.push({ name, format: uploadFormat(name)!, body });
}
