import { describe, expect, it } from "vitest";
import { extract } from "./index.ts";
import { quotesOf } from "./test-support/quotes.ts";

describe("indirect quotes in Indonesian", () => {
  it("reads 'X mengatakan (bahwa) …' without the cue and the complementizer", () => {
    expect(quotesOf("Kepala BNPB Willem Rampangilei mengatakan bahwa banjir merendam 300 rumah.", "id")).toEqual([
      { kind: "indirect", text: "banjir merendam 300 rumah", speaker: "Willem Rampangilei" },
    ]);
    expect(quotesOf("Juru bicara KPK Febri Diansyah mengatakan, penyidik telah memeriksa lima saksi.", "id")).toEqual([
      { kind: "indirect", text: "penyidik telah memeriksa lima saksi", speaker: "Febri Diansyah" },
    ]);
  });

  it("reads 'menurut X, …' before and '…, menurut dia' after the content", () => {
    expect(quotesOf("Menurut Menteri Perdagangan Enggartiasto Lukita, stok beras masih cukup hingga Maret.", "id")).toEqual([
      { kind: "indirect", text: "stok beras masih cukup hingga Maret", speaker: "Enggartiasto Lukita" },
    ]);
    const body = "Enggartiasto Lukita meninjau gudang Bulog. Harga beras turun sejak pekan lalu, menurut dia.";
    expect(quotesOf(body, "id")).toEqual([{ kind: "indirect", text: "Harga beras turun sejak pekan lalu", speaker: "Enggartiasto Lukita" }]);
  });

  it("reads '…, katanya' as the last speaker's", () => {
    const body = [
      '"Kami sudah mengirim tim," kata Kapolres Samarinda Kombes Vendra Riviyanto.',
      "Tim itu akan tiba di lokasi pada malam hari, katanya.",
    ].join("\n");
    expect(quotesOf(body, "id")[1]).toEqual({ kind: "indirect", text: "Tim itu akan tiba di lokasi pada malam hari", speaker: "Vendra Riviyanto" });
  });

  it("ends an infinitive report at the first comma ('berjanji untuk …, …')", () => {
    const body = "Perdana Menteri Inggris Rishi Sunak berjanji untuk menyediakan tank Challenger 2 ke Ukraina, menjadikannya negara pertama.";
    expect(quotesOf(body, "id")).toEqual([{ kind: "indirect", text: "menyediakan tank Challenger 2 ke Ukraina", speaker: "Rishi Sunak" }]);
  });

  it("takes the subject of 'X membantah … dan mengatakan …' for the second report", () => {
    expect(quotesOf("Ukraina membantah klaim tersebut dan mengatakan pertempuran sengit terus berlanjut di Soledar.", "id")).toEqual([
      { kind: "indirect", text: "pertempuran sengit terus berlanjut di Soledar", speaker: "Ukraina" },
    ]);
  });

  it("skips reports whose object is only a noun phrase, and negated cues", () => {
    expect(quotesOf("Presiden Ukraina Volodymyr Zelenskyy meminta bantuan persenjataan berat dari negara Barat.", "id")).toEqual([]);
    expect(quotesOf("Trump tidak mengatakan mengapa dia tidak memilih Yellen kembali.", "id")).toEqual([]);
  });

  it("skips reports by unnamed sources", () => {
    expect(quotesOf("Seorang pejabat setempat mengatakan jembatan itu runtuh pada pagi hari.", "id")).toEqual([]);
    expect(quotesOf("Sumber di kepolisian mengatakan pelaku sudah ditangkap.", "id")).toEqual([]);
  });
});

describe("indirect quotes in English", () => {
  it("reads 'X said (that) …' and 'X told reporters that …'", () => {
    expect(quotesOf("Defense Secretary Donald Rumsfeld said that the troops would stay until June.", "en")).toEqual([
      { kind: "indirect", text: "the troops would stay until June", speaker: "Donald Rumsfeld" },
    ]);
    expect(quotesOf("Kofi Annan told reporters that the mission had been a success.", "en")).toEqual([
      { kind: "indirect", text: "the mission had been a success", speaker: "Kofi Annan" },
    ]);
  });

  it("reads 'according to X, …' and '…, according to X.'", () => {
    expect(quotesOf("According to the Associated Press, around 16,000 protesters gathered outside the base.", "en")).toEqual([
      { kind: "indirect", text: "around 16,000 protesters gathered outside the base", speaker: "Associated Press" },
    ]);
    expect(quotesOf("At least 40 people died in the fire, according to the Red Cross.", "en")).toEqual([
      { kind: "indirect", text: "At least 40 people died in the fire", speaker: "Red Cross" },
    ]);
  });

  it("reads '…, X said.' with the content first", () => {
    expect(quotesOf("The bridge will reopen on Monday, Mayor Ken Livingstone said.", "en")).toEqual([
      { kind: "indirect", text: "The bridge will reopen on Monday", speaker: "Ken Livingstone" },
    ]);
  });

  it("skips an appositive between the speaker and the cue", () => {
    expect(quotesOf("Serge Vohor, the Prime Minister of Vanuatu, said the flag would come down.", "en")).toEqual([
      { kind: "indirect", text: "the flag would come down", speaker: "Serge Vohor" },
    ]);
  });

  it("skips noun-phrase objects and unnamed sources", () => {
    expect(quotesOf("Indymedia reported a demonstration outside the embassy.", "en")).toEqual([]);
    expect(quotesOf("Officials said the road would stay closed.", "en")).toEqual([]);
    expect(quotesOf("Witnesses said the car exploded at noon.", "en")).toEqual([]);
  });

  it("keeps every offset exact: body.slice(start, end) === text", () => {
    const body = "Kofi Annan told reporters that the mission had been a success.";
    for (const q of extract(body).quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  });
});
