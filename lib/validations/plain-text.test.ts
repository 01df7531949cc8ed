import { describe, expect, it } from "vitest";
import { isBlank, toPlainLine, toPlainLines } from "./plain-text.ts";

const RLO = "\u202E";
const ISOLATES = "\u2066\u2067\u2068\u2069";

describe("toPlainLine", () => {
  it("drops every bidi embedding, override and isolate", () => {
    expect(toPlainLine(`Invoice ${RLO}fdp.exe`)).toBe("Invoice fdp.exe");
    expect(toPlainLine(`\u202A\u202B\u202C\u202Da${ISOLATES}b`)).toBe("ab");
  });

  it("drops C0 and C1 controls, and turns breaks and tabs into one space", () => {
    expect(toPlainLine("a\u0007b\u001Bc\u007Fd\u0085e\u009Ff")).toBe("abcd ef");
    expect(toPlainLine("Jens\r\n\tStoltenberg")).toBe("Jens Stoltenberg");
    expect(toPlainLine("one\u2028two")).toBe("one two");
  });

  it("keeps the marks right-to-left names need, joiners inside words, and other scripts", () => {
    expect(toPlainLine("\u200Fمحمد\u200E")).toBe("\u200Fمحمد\u200E");
    expect(toPlainLine("क्\u200Dष 👩\u200D💻")).toBe("क्\u200Dष 👩\u200D💻");
  });

  it("turns text of zero-width characters alone into the empty string", () => {
    expect(toPlainLine("\u200B\u200C\u200D\u2060\uFEFF")).toBe("");
    expect(toPlainLine(` \u200B${RLO} `)).toBe("");
  });
});

describe("toPlainLines", () => {
  it("keeps newlines and tabs, makes CR LF and a lone CR a newline, and drops other controls", () => {
    expect(toPlainLines("Checked\r\n\tagainst\rthe\u0085record\u0001.")).toBe("Checked\n\tagainst\nthe\nrecord.");
  });

  it("drops bidi controls and counts zero-width-only text as empty", () => {
    expect(toPlainLines(`line ${RLO}one\nline two`)).toBe("line one\nline two");
    expect(toPlainLines("\u200B\n\uFEFF")).toBe("");
  });
});

describe("isBlank", () => {
  it("is true for white space and zero-width characters alone, false for any visible character", () => {
    expect(isBlank(" \t\n\u200B\u2060\uFEFF")).toBe(true);
    expect(isBlank("\u200Ba")).toBe(false);
  });
});
