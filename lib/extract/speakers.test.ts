import { describe, expect, it } from "vitest";
import { extract } from "./index.ts";
import { speakersOf } from "./test-support/quotes.ts";

describe("speakers", () => {
  it("reduces title and name chains to the name", () => {
    const body = [
      "Sekretaris Jenderal NATO Jens Stoltenberg mengatakan pasokan senjata akan bertambah.",
      "Kadiv Humas Polri Irjen Boy Rafli Amar menegaskan, pelaku sudah ditangkap.",
      "Presiden Amerika Serikat (AS) Donald Trump mengatakan ekonomi tumbuh pesat.",
    ].join("\n");
    expect(speakersOf(body, "id")).toEqual(["Jens Stoltenberg", "Boy Rafli Amar", "Donald Trump"]);
  });

  it("maps a surname or first name back to the earliest full mention", () => {
    const body = [
      "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Berlin.",
      '"Janji pengiriman senjata berat itu penting," kata Stoltenberg.',
    ].join("\n");
    const [q] = extract(body, { lang: "id" }).quotes;
    expect(q?.speaker).toBe("Jens Stoltenberg");
    expect(q?.speakerMention).toBe("Stoltenberg");
  });

  it("resolves Dia, Ia and -nya to the nearest fitting speaker outside quotes", () => {
    const body = [
      "Pada hari Sabtu, Presiden Ukraina Volodymyr Zelenskyy meminta bantuan persenjataan.",
      "Dia mengatakan bahwa teror Rusia hanya dapat dihentikan di medan perang.",
      '"Apa yang dibutuhkan untuk ini? Senjata," katanya.',
    ].join("\n");
    const quotes = extract(body, { lang: "id" }).quotes;
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ["Volodymyr Zelenskyy", "Dia"],
      ["Volodymyr Zelenskyy", "katanya"],
    ]);
  });

  it("resolves he and she in English", () => {
    const body = "Ariel Sharon was a general during the war.\nOn May 28th, he advised Yitzhak Rabin that the cabinet could be detained.";
    expect(speakersOf(body, "en")).toEqual(["Ariel Sharon"]);
  });

  it("names organisations and governments as speakers", () => {
    const body = [
      "Kementerian pertahanan Rusia mengumumkan bahwa mereka menyelesaikan pembebasan Soledar.",
      "The Pentagon said the report was accurate.",
    ].join("\n");
    expect(speakersOf(body.split("\n")[0]!, "id")).toEqual(["Kementerian Pertahanan Rusia"]);
    expect(speakersOf(body.split("\n")[1]!, "en")).toEqual(["Pentagon"]);
  });

  it("never makes a first-person word the speaker", () => {
    expect(speakersOf("Saya mengatakan bahwa rapat itu sudah selesai.", "id")).toEqual([]);
    expect(speakersOf("We said the plan had failed.", "en")).toEqual([]);
  });

  it("reads a described speaker ('Pria asal Bandung ini') as the person just named", () => {
    const body = [
      "Kapten tim Essien, Dani Hamdani berharap Persib bisa menang di Bali.",
      "Pria asal Bandung ini mengatakan, motivasi pemain harus sama seperti tim futsal.",
    ].join("\n");
    expect(speakersOf(body, "id")).toEqual(["Dani Hamdani", "Dani Hamdani"]);
  });

  it("strips the title of a jurisdiction before the name", () => {
    expect(speakersOf('"Air sudah surut," kata Bupati Sleman Sri Purnomo.', "id")).toEqual(["Sri Purnomo"]);
  });
});
