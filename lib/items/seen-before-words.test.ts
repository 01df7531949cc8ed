import { describe, expect, it } from "vitest";
import { quoteLexeme, seenBeforeQuery } from "./seen-before-words.ts";

const unknown = () => 0;

describe("seenBeforeQuery", () => {
  it("asks for two of the four rarest words, the statistics' common ones left out", () => {
    const frequency = (l: string) => ({ yang: 0.16, dari: 0.05, pada: 0.04, ukraina: 0.01 })[l] ?? 0;
    const query = seenBeforeQuery(["yang", "dari", "pada", "ukraina", "bachdim", "essien"], frequency);
    // bachdim and essien are unknown to the statistics (rarer than any listed), then the rarest listed.
    expect(query).toBe("('bachdim' & 'essien') | ('bachdim' & 'ukraina') | ('bachdim' & 'pada') | ('essien' & 'ukraina') | ('essien' & 'pada') | ('ukraina' & 'pada')");
  });

  it("without statistics prefers the longer words", () => {
    expect(seenBeforeQuery(["di", "tim", "lapang", "denpasar", "bintang", "pimpin"], unknown)).toBe(
      "('denpasar' & 'bintang') | ('denpasar' & 'lapang') | ('denpasar' & 'pimpin') | ('bintang' & 'lapang') | ('bintang' & 'pimpin') | ('lapang' & 'pimpin')",
    );
  });

  it("asks for every word of a short statement, and nothing of an empty one", () => {
    expect(seenBeforeQuery(["nato", "nato", "ukraina"], unknown)).toBe("'ukraina' & 'nato'");
    expect(seenBeforeQuery(["nato"], unknown)).toBe("'nato'");
    expect(seenBeforeQuery(["a"], unknown)).toBeNull();
    expect(seenBeforeQuery([], unknown)).toBeNull();
  });

  it("quotes a lexeme so that the query takes it literally", () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
  });
});
