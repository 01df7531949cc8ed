import type { ExtractOptions, ExtractResult } from "./types.ts";

export type * from "./types.ts";

export const EXTRACTOR = "attest-rules@0.1.0";

/** Placeholder while the extractor is being written: returns empty lists. */
export function extract(body: string, opts: ExtractOptions = {}): ExtractResult {
  return { extractor: EXTRACTOR, lang: opts.lang ?? "id", quotes: [], claims: [] };
}
