import { describe, expect, it } from "vitest";
import { en } from "./lang/en.ts";
import { id } from "./lang/id.ts";
import { isNoiseLine } from "./noise.ts";

const LINES = [
  "Baca juga: Harga cabai naik", "BACA JUGA", "Bacaan pagi ini", "Lihat juga video berikut", "Simak video ini",
  "Berita terkait", "Penulis: Rina", "Editor : Budi", "Foto: Dok. Humas", "Iklan", "(ant/abc)", "ant/abc", "(kps/abc/def)",
  "Read more: what it means", "Read also", "See more", "Related:", "related stories", "By Jane Doe", "by jane doe",
  "Photo: Éric Dupont", "Reporting by Ana Ruiz; Editing by Tom Lee", "Advertisement", "Scroll to continue with content",
  "© 2024 Kompas", "Copyright 2024", "Copyrighted material is", "Share this", "Follow us on X", "Subscribe",
  "Presiden mengatakan bahwa harga naik.", "The mayor said the plan failed.", "", "x".repeat(250),
];

describe("isNoiseLine", () => {
  it("says what the packs' patterns say, one by one", () => {
    const patterns = [...id.noiseLines, ...en.noiseLines];
    for (const line of LINES) {
      const expected = line.length <= 200 && patterns.some((re) => re.test(line));
      expect(isNoiseLine(line), JSON.stringify(line)).toBe(expected);
    }
  });

  it("drops page furniture and keeps article text", () => {
    expect(isNoiseLine("Baca juga: Harga cabai naik")).toBe(true);
    expect(isNoiseLine("Read more: what it means")).toBe(true);
    expect(isNoiseLine("The mayor said the plan failed.")).toBe(false);
  });
});
