import { describe, expect, it } from "vitest";
import { speakerKind } from "./speaker-kind.ts";

describe("speakerKind", () => {
  it("tells organisations and governments from people", () => {
    for (const org of ["Kementerian Pertahanan Rusia", "Ukraina", "Associated Press", "NATO", "Badan Pusat Statistik", "United States"]) {
      expect(speakerKind(org), org).toBe("org");
    }
    for (const person of ["Jens Stoltenberg", "Volodymyr Zelenskyy", "Boy Rafli Amar", "Sri Mulyani"]) expect(speakerKind(person), person).toBe("person");
  });
});
