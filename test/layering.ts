import path from "node:path";

/**
 * The layers, lowest first: each may import its own and lower ones only. app/ and components/
 * are both the top (a page passes a server action to a component). Anything not listed (cli/,
 * scripts/, seeds/, test/, root files) builds on the layers, so no layer below the top imports it.
 */
const RANK: Record<string, number> = { lib: 0, db: 1, server: 2, app: 3, components: 3 };
const TOP = 3;

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  specifier: string;
  target: string;
}

const STATIC = /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"']+)["']/gm;
const BARE = /^\s*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every module specifier the file names in an import, a re-export or a dynamic import(). */
export function specifiersOf(text: string): string[] {
  return [STATIC, BARE, DYNAMIC].flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

/** The repository path a specifier points into, or null for a package. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

function rankOf(repoPath: string): number {
  const top = repoPath.split("/")[0]!;
  return repoPath.includes("/") && top in RANK ? RANK[top]! : Infinity;
}

const isTest = (file: string) => /\.test\.[cm]?[jt]sx?$/.test(file);

/** Imports that climb from a layer into a higher one, or out of the layers altogether. Tests may reach anywhere. */
export function layeringViolations(files: readonly SourceFile[]): Violation[] {
  const found: Violation[] = [];
  for (const { path: file, text } of files) {
    const own = rankOf(file);
    if (own >= TOP || isTest(file)) continue;
    for (const specifier of specifiersOf(text)) {
      const target = resolveSpecifier(file, specifier);
      if (target !== null && rankOf(target) > own) found.push({ file, specifier, target });
    }
  }
  return found;
}
