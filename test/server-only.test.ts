import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.resolve(import.meta.dirname, "../server");
/** Shared with proxy.ts and free of secrets: the part of the Auth.js set-up without a database. */
const SHARED_WITH_PROXY = new Set(["auth.config.ts"]);

describe("server-only", () => {
  it("opens every module of the service layer, so a client component cannot import one", () => {
    const modules = readdirSync(SERVER, { recursive: true, encoding: "utf8" })
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !SHARED_WITH_PROXY.has(f));
    expect(modules.length).toBeGreaterThan(40);
    const unmarked = modules.filter((f) => !readFileSync(path.join(SERVER, f), "utf8").startsWith('import "server-only";\n'));
    expect(unmarked).toEqual([]);
  });
});
