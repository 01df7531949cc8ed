import { describe, expect, it } from "vitest";
import { EN_COMMON, FIRST_NAMES, ID_COMMON, PLACES, SURNAMES } from "./index.ts";

const ALL = { ID_COMMON, EN_COMMON, FIRST_NAMES, SURNAMES, PLACES };

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
});
