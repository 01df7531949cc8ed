import { describe, expect, it } from "vitest";
import { extract } from "./index.ts";

const claimsOf = (body: string, lang?: "id" | "en") => extract(body, lang ? { lang } : {}).claims;

describe("claims", () => {
  it("picks factual sentences with numbers, dates and casualties, and says why", () => {
    const [claim] = claimsOf("Banjir di Kabupaten Hulu Sungai Tengah menewaskan empat orang pada Minggu (7/1/2018).", "id");
    expect(claim?.text).toBe("Banjir di Kabupaten Hulu Sungai Tengah menewaskan empat orang pada Minggu (7/1/2018).");
    expect(claim?.signals).toEqual(expect.arrayContaining(["number", "date", "casualty"]));
    expect(claim!.score).toBeGreaterThanOrEqual(0.5);
  });

  it("picks money, percentages and firsts in English", () => {
    const claims = claimsOf(
      "The company lost $45 million last year, a drop of 12% on 2003.\nIt became the first airline in Oregon to file for bankruptcy.",
      "en",
    );
    expect(claims.map((c) => c.signals)).toEqual([
      expect.arrayContaining(["money", "percentage"]),
      expect.arrayContaining(["superlative"]),
    ]);
  });

  it("leaves out questions, forecasts, first-person opinions and short lines", () => {
    const body = [
      "Apakah pemerintah akan menaikkan harga BBM tahun depan?",
      "Kami berharap semua pihak bisa menahan diri.",
      "Situasi akan membaik dalam waktu dekat.",
      "Semua baik.",
    ].join("\n");
    expect(claimsOf(body, "id")).toEqual([]);
  });

  it("yields nothing from page furniture: Baca Juga, Read more, bylines, credits", () => {
    const body = [
      "Baca Juga: Banjir Tewaskan 4 Orang di Kalimantan Selatan pada 2018",
      "Read more: 300 people killed in the 2004 earthquake",
      "Editor: Budi Santoso 12 Januari 2018",
      "Photo: Reuters/John Smith, 3 March 2005",
    ].join("\n");
    expect(extract(body)).toMatchObject({ quotes: [], claims: [] });
  });

  it("keeps a claim inside a direct quote apart from its attribution", () => {
    const body = '"Sebanyak 24 gerbong terguling dan tiga orang luka-luka pada Rabu pagi," ujar Kepala Divre Sulthon.';
    const texts = claimsOf(body, "id").map((c) => c.text);
    expect(texts).toEqual(["Sebanyak 24 gerbong terguling dan tiga orang luka-luka pada Rabu pagi"]);
  });

  it("treats a short title line as a headline, not a claim", () => {
    const body = "Two soldiers killed as helicopter downed near Fallujah\nThe helicopter crashed on Tuesday, killing two soldiers.";
    expect(claimsOf(body, "en").map((c) => c.text)).toEqual(["The helicopter crashed on Tuesday, killing two soldiers."]);
  });

  it("asks more of a sentence that has only a named actor doing something", () => {
    const body = "Water rose.\nMinister Adaeze Obi spoke with the families in the flooded camps.\nMinister Adaeze Obi visited 14 flooded camps on Tuesday.";
    expect(claimsOf(body, "en").map((c) => c.text)).toEqual(["Minister Adaeze Obi visited 14 flooded camps on Tuesday."]);
  });
});
