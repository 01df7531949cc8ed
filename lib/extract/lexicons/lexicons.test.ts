import { describe, expect, it } from "vitest";
import { EN_COMMON, FEMALE_NAMES, FIRST_NAMES, ID_COMMON, MALE_NAMES, PLACES, SURNAMES } from "./index.ts";

const ALL = { ID_COMMON, EN_COMMON, FIRST_NAMES, FEMALE_NAMES, MALE_NAMES, SURNAMES, PLACES };

describe("generated lexicons", () => {
  it.each(Object.entries(ALL))("%s is non-empty, lower case and trimmed", (_, set) => {
    expect(set.size).toBeGreaterThan(1000);
    for (const w of set) {
      expect(w, JSON.stringify(w)).toBe(w.toLowerCase());
      expect(w, JSON.stringify(w)).toMatch(/^\S+(?: \S+)*$/);
    }
  });

  it("knows sentence-initial common words of both languages", () => {
    for (const w of ["namun", "menurut", "sementara", "kemudian", "ujarnya", "yang"]) expect(ID_COMMON.has(w), w).toBe(true);
    for (const w of ["however", "sources", "officials", "meanwhile", "the", "will"]) expect(EN_COMMON.has(w), w).toBe(true);
  });

  it("keeps untranslated names and places out of the common-word lists", () => {
    for (const w of ["john", "michael", "london", "jakarta"]) {
      expect(EN_COMMON.has(w), w).toBe(false);
      expect(ID_COMMON.has(w), w).toBe(false);
    }
    expect(ID_COMMON.has("the"), "English leaked into Indonesian subtitles").toBe(false);
  });

  it("knows first names and surnames", () => {
    for (const w of ["joko", "budi", "siti", "john", "mary"]) expect(FIRST_NAMES.has(w), w).toBe(true);
    for (const w of ["widodo", "siregar", "smith", "johnson"]) expect(SURNAMES.has(w), w).toBe(true);
  });

  it("knows places, with prefixes stripped and distinctive words on their own", () => {
    for (const w of ["jakarta", "sleman", "bantul", "surabaya", "jawa barat", "deli serdang", "serdang", "indonesia", "amerika serikat", "london"]) {
      expect(PLACES.has(w), w).toBe(true);
    }
    // "kota" starts real names ("kota kinabalu", "kota baru"), so only the other prefixes are checked for all.
    for (const w of PLACES) expect(w, w).not.toMatch(/^(?:kabupaten|kecamatan|provinsi) /);
    for (const w of ["kabupaten sleman", "kota yogyakarta", "kota administrasi jakarta utara"]) expect(PLACES.has(w), w).toBe(false);
    for (const w of ["selatan", "utara", "the", "nice"]) expect(PLACES.has(w), w).toBe(false);
  });

  it("knows a person's likely sex from their first name, in English and Indonesian", () => {
    for (const w of ["hillary", "mary", "nancy", "kamala", "sri", "dewi", "siti", "rina", "ani"]) {
      expect(FEMALE_NAMES.has(w), w).toBe(true);
      expect(MALE_NAMES.has(w), w).toBe(false);
    }
    for (const w of ["donald", "john", "bernie", "joe", "joko", "agus", "budi", "bambang", "ahmad", "muhammad"]) {
      expect(MALE_NAMES.has(w), w).toBe(true);
      expect(FEMALE_NAMES.has(w), w).toBe(false);
    }
  });

  it("leaves names both sexes share, and frequent common words, out of both sex lists", () => {
    // Jordan, Kim and Leslie are given to women and men alike (faker lists Jordan as unisex in en and male in en_AU).
    for (const w of ["jordan", "kim", "leslie", "taylor", "will", "may", "hope", "hari"]) {
      expect(FEMALE_NAMES.has(w), w).toBe(false);
      expect(MALE_NAMES.has(w), w).toBe(false);
    }
    for (const w of FEMALE_NAMES) expect(MALE_NAMES.has(w), w).toBe(false);
  });
});
