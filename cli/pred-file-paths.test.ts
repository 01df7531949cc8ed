import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "./cli-error.ts";
import { predFilePath, predFilePaths } from "./pred-file-paths.ts";

describe("predFilePath", () => {
  it.each([
    ["test/fixtures/eval/05-en-x.txt", "05-en-x.pred.json"],
    ["notes/article.md", "article.pred.json"],
    ["ARTICLE.TXT", "ARTICLE.pred.json"],
    ["page.html", "page.html.pred.json"],
    ["00-id-seed.source.txt", "00-id-seed.source.pred.json"],
  ])("%s -> DIR/%s", (input, name) => {
    expect(predFilePath("out", input)).toBe(join("out", name));
  });
});

describe("predFilePaths", () => {
  it("keeps the input order", () => {
    expect(predFilePaths("o", ["b.txt", "a.txt"])).toEqual([join("o", "b.pred.json"), join("o", "a.pred.json")]);
  });

  it("refuses two inputs that would overwrite each other", () => {
    expect(() => predFilePaths("o", ["x/a.txt", "y/a.md"])).toThrow(UsageError);
    expect(() => predFilePaths("o", ["x/a.txt", "y/a.md"])).toThrow("x/a.txt and y/a.md would both write");
  });
});
