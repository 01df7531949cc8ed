import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR, extract } from "./index.ts";
import { detectLanguage } from "./detect-language.ts";

const fixtures = path.join(import.meta.dirname, "../../test/fixtures");
const articles = ["eval", "probe"].flatMap((dir) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith(".txt") && !f.endsWith(".source.txt"))
    .map((f) => ({ name: f, body: readFileSync(path.join(fixtures, dir, f), "utf8") })),
);

describe("extract: the contract", () => {
  it("names itself and the language it read", () => {
    expect(extract("Presiden mengatakan bahwa harga beras turun.")).toMatchObject({ extractor: EXTRACTOR, lang: "id" });
    expect(extract("The president said that rice prices fell.").lang).toBe("en");
    expect(EXTRACTOR).toMatch(/^[\w-]+@\d+\.\d+\.\d+$/);
  });

  it("gives empty lists for empty or blank input", () => {
    for (const body of ["", "   ", "\n\n\n"]) expect(extract(body)).toMatchObject({ quotes: [], claims: [] });
  });

  it("honours a forced language", () => {
    expect(extract("The president said that rice prices fell.", { lang: "id" }).lang).toBe("id");
  });

  it.each(articles)("keeps every offset exact in $name", ({ body }) => {
    const result = extract(body);
    expect(result.quotes.length + result.claims.length).toBeGreaterThan(0);
    for (const item of [...result.quotes, ...result.claims]) {
      expect(body.slice(item.start, item.end)).toBe(item.text);
      expect(item.text.trim()).toBe(item.text);
    }
    for (const q of result.quotes) {
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      expect(q.speaker).toBeTruthy();
    }
    for (const c of result.claims) expect(c.signals.length).toBeGreaterThan(0);
  });

  it("survives arbitrary text: stray marks, no punctuation, odd Unicode, very long lines", () => {
    const samples = [
      '"""""',
      "“ ” „ « » ' ‘ ’ \" , . ; kata katanya said according to menurut",
      '"Tidak selesai, kata Budi. "Lalu, ujarnya',
      "A".repeat(5000) + " said " + "B. ".repeat(2000),
      "Dia mengatakan. Ia mengatakan, . He said: \"\". Menurut , ,",
      "😀 Presiden 🇮🇩 mengatakan bahwa 😀 emoji itu lucu. \u0000 \u200b",
      Array.from({ length: 300 }, (_, i) => `"Q${i}," kata Tokoh${i} Nama${i}.`).join(" "),
    ];
    for (const body of samples) {
      const result = extract(body);
      for (const item of [...result.quotes, ...result.claims]) expect(body.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it("tells Indonesian from English", () => {
    for (const { name, body } of articles) expect(detectLanguage(body), name).toBe(name.includes("-en-") ? "en" : "id");
  });
});
