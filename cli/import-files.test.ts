import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { auditEvents, documents, items } from "@/db/schema.ts";
import { openTestDatabase } from "@/test/database.ts";
import { importFiles } from "./commands/import.ts";

let database: Database;
let tmp: string;
beforeAll(async () => {
  database = await openTestDatabase();
  tmp = mkdtempSync(join(tmpdir(), "attest-import-files-"));
});
afterAll(async () => {
  await database.close();
  rmSync(tmp, { recursive: true, force: true });
});

const article = (n: number) => `Report ${n}\n"We will build ${n} schools," said Governor Jane Smith. The mayor said ${n} people died in 2023.\n`;

describe("importFiles over several batches", () => {
  it("keeps file order, finds twins within and across batches, and reports every file once, in order", async () => {
    // 100 files a batch: 20 and 150 are twins across batches, 100 and 101 within one; 7 is not an article.
    const files = Array.from({ length: 230 }, (_, n) => {
      const path = join(tmp, n === 7 ? "scan.pdf" : `${String(n).padStart(3, "0")}.txt`);
      writeFileSync(path, article(n === 150 ? 20 : n === 101 ? 100 : n));
      return path;
    });
    const seen: number[] = [];
    const outcomes = await importFiles(database.db, files, { sourceName: "Wire" }, (n, file) => {
      seen.push(n);
      expect(file).toBe(files[n - 1]);
    });
    expect(seen).toEqual(files.map((_, i) => i + 1));
    expect(outcomes.filter((o) => o.result !== "imported")).toEqual([
      { file: files[7], result: "failed", reason: "not a .txt, .md or .html file" },
      { file: files[101], result: "duplicate" },
      { file: files[150], result: "duplicate" },
    ]);

    const docs = await database.db.select({ title: documents.title, sourceName: documents.sourceName }).from(documents).orderBy(asc(documents.createdAt), asc(documents.id));
    const titles = files.map((_, n) => `Report ${n}`).filter((_, n) => ![7, 101, 150].includes(n));
    expect(docs.map((d) => d.title)).toEqual(titles);
    expect(new Set(docs.map((d) => d.sourceName))).toEqual(new Set(["Wire"]));
    const [{ n: audits }] = (await database.db.select({ n: count() }).from(auditEvents)) as [{ n: number }];
    expect(audits).toBe(227);
    const [{ n: stored }] = (await database.db.select({ n: count() }).from(items)) as [{ n: number }];
    expect(stored).toBe(227 * 2);
  }, 120_000);
});
