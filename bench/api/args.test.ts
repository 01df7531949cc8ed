import { describe, expect, it } from "vitest";
import { parseBenchArgs, wanted } from "./args.ts";

describe("parseBenchArgs", () => {
  it("reads the flags, and --only as lower-cased names", () => {
    expect(parseBenchArgs(["--json", "--quick", "--only", "Items, documents,,"])).toEqual({ json: true, quick: true, fresh: false, help: false, only: ["items", "documents"] });
    expect(parseBenchArgs([])).toMatchObject({ json: false, quick: false, fresh: false, only: null });
  });

  it("refuses unknown flags and stray arguments with a usage error", () => {
    expect(() => parseBenchArgs(["--fast"])).toThrow(/unknown option/i);
    expect(() => parseBenchArgs(["items"])).toThrow(/unexpected argument 'items'/);
  });
});

describe("wanted", () => {
  it("matches routes by the start of their name, every route without --only", () => {
    expect(wanted({ only: null }, "verdict")).toBe(true);
    expect(wanted({ only: ["items"] }, "items speaker=name")).toBe(true);
    expect(wanted({ only: ["items"] }, "one item")).toBe(false);
    expect(wanted({ only: ["one", "verdict"] }, "one item")).toBe(true);
  });
});
