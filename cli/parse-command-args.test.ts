import { describe, expect, it } from "vitest";
import { UsageError } from "./cli-error.ts";
import { parseCommandArgs } from "./parse-command-args.ts";
import { parseLang } from "./parse-lang.ts";

const OPTIONS = { out: { type: "string" }, json: { type: "boolean" } } as const;

describe("parseCommandArgs", () => {
  it("splits options from positionals, in any order", () => {
    const { values, positionals } = parseCommandArgs(["a.txt", "--out", "dir", "b.txt", "--json"], OPTIONS);
    expect(values).toEqual({ out: "dir", json: true });
    expect(positionals).toEqual(["a.txt", "b.txt"]);
  });

  it("treats everything after -- as a positional", () => {
    expect(parseCommandArgs(["--", "--json"], OPTIONS).positionals).toEqual(["--json"]);
  });

  it.each([
    [["--nope"], "unknown option '--nope'"],
    [["--out"], "option '--out <value>' argument missing"],
  ])("turns %j into a one-line UsageError", (args, message) => {
    expect(() => parseCommandArgs(args, OPTIONS)).toThrow(new UsageError(message));
  });
});

describe("parseLang", () => {
  it("accepts id, en and absence", () => {
    expect(parseLang("id")).toBe("id");
    expect(parseLang("en")).toBe("en");
    expect(parseLang(undefined)).toBeUndefined();
  });

  it.each(["fr", "ID", ""])("rejects %j", (value) => {
    expect(() => parseLang(value)).toThrow(UsageError);
  });
});
