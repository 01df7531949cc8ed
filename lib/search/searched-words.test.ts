import { describe, expect, it } from "vitest";
import { searchedWords } from "./searched-words.ts";

describe("searchedWords", () => {
  it("takes the words and the phrases' words, lower-cased, leaving excluded words out", () => {
    expect(searchedWords('"Senjata Berat" NATO -tank')).toEqual(["senjata", "berat", "nato"]);
    expect(searchedWords('-"heavy weapons" Zelenskyy')).toEqual(["zelenskyy"]);
  });

  it("skips the OR operator, short words and repeats, and keeps at most three", () => {
    expect(searchedWords("nato or ukraina di nato rusia amerika")).toEqual(["nato", "ukraina", "rusia"]);
    expect(searchedWords("a -b")).toEqual([]);
  });
});
