import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layeringViolations, specifiersOf, type SourceFile } from "./layering.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

function sourcesUnder(folder: string): SourceFile[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.[cm]?[jt]sx?$/.test(f))
    .map((f) => {
      const rel = path.posix.join(folder, f.split(path.sep).join("/"));
      return { path: rel, text: readFileSync(path.join(ROOT, rel), "utf8") };
    });
}

describe("layering: lib ← db ← server ← app, components", () => {
  it("holds in the source tree", () => {
    const files = ["lib", "db", "server"].flatMap(sourcesUnder);
    expect(files.length).toBeGreaterThan(100);
    expect(layeringViolations(files)).toEqual([]);
  });

  it("finds every way a module is named", () => {
    const text = [
      'import type { A } from "../a.ts";',
      "import {\n  b,\n  c,\n} from '../b.ts';",
      'import "./side-effect.ts";',
      'export { d } from "@/d.ts";',
      'export * from "./e.ts";',
      'const f = await import("../f.ts");',
      'const g = "from \\"nowhere\\"";',
    ].join("\n");
    expect(specifiersOf(text).sort()).toEqual(["../a.ts", "../b.ts", "../f.ts", "./e.ts", "./side-effect.ts", "@/d.ts"]);
  });

  it("flags a lower layer importing a higher one, or what is outside the layers", () => {
    const file = (p: string, text: string): SourceFile => ({ path: p, text });
    const bad = [
      file("lib/items/x.ts", 'import type { ItemView } from "../../server/items/item-view.ts";'),
      file("lib/y.ts", 'import { db } from "@/db/client.ts";'),
      file("db/z.ts", 'export { act } from "../server/actor.ts";'),
      file("server/a/b.ts", 'import { Panel } from "../../components/panel.tsx";'),
      file("server/c.ts", 'const page = await import("../app/page.tsx");'),
      file("server/d.ts", 'import { seedDemo } from "../seeds/seed.ts";'),
      file("server/e.ts", 'import { handlers } from "../auth-handlers.ts";'),
    ];
    expect(layeringViolations(bad).map((v) => v.file)).toEqual(bad.map((f) => f.path));
  });

  it("lets a layer import itself, lower layers, packages, and lets tests reach anywhere", () => {
    const fine = [
      { path: "server/a/b.ts", text: 'import { x } from "../../lib/x.ts";\nimport { y } from "@/db/y.ts";\nimport { z } from "./z.ts";\nimport "server-only";' },
      { path: "db/client.ts", text: 'import { ROLES } from "../lib/roles.ts";\nimport postgres from "postgres";' },
      { path: "lib/x.test.ts", text: 'import { seeded } from "../test/seeded.ts";' },
      { path: "app/page.tsx", text: 'import { getDb } from "../server/runtime.ts";' },
    ];
    expect(layeringViolations(fine)).toEqual([]);
  });
});
