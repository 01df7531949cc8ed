import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-support/quotes.ts";

describe("direct quotes: quote marks", () => {
  it("reads straight, typographic and guillemet marks alike", () => {
    for (const [open, close] of [['"', '"'], ["“", "”"], ["«", "»"], ["„", "“"]]) {
      const body = `Menteri Luar Negeri Retno Marsudi hadir.\n${open}Kami menolak rencana itu,${close} kata Retno.`;
      expect(quotesOf(body, "id")).toEqual([{ kind: "direct", text: "Kami menolak rencana itu,", speaker: "Retno Marsudi" }]);
    }
  });

  it("reads the Kompas habit of opening and closing with ”", () => {
    const body = "Pelatih Persija Stefano Cugurra memuji timnya.\n”Kami bermain sangat disiplin malam ini,” katanya.";
    expect(quotesOf(body, "id")).toEqual([{ kind: "direct", text: "Kami bermain sangat disiplin malam ini,", speaker: "Stefano Cugurra" }]);
  });

  it("keeps a quote of several sentences whole", () => {
    const body = '"The storm came at night. Nobody was ready. We lost everything," said Mayor Jane Holloway.';
    expect(quotesOf(body, "en")).toEqual([
      { kind: "direct", text: "The storm came at night. Nobody was ready. We lost everything,", speaker: "Jane Holloway" },
    ]);
  });

  it("gives both halves of a quote broken by its cue to one speaker", () => {
    const body = '"Saya tidak tahu," kata Bupati Sleman Sri Purnomo, "tetapi kami akan memeriksanya."';
    expect(quotesOf(body, "id")).toEqual([
      { kind: "direct", text: "Saya tidak tahu,", speaker: "Sri Purnomo" },
      { kind: "direct", text: "tetapi kami akan memeriksanya.", speaker: "Sri Purnomo" },
    ]);
  });

  it("reads a second quote after '…,' said X, '…' as the same speaker's", () => {
    const body = '"We were shocked." said Mr. Bao Shusheng, "This has deeply offended me."';
    expect(quotesOf(body, "en").map((q) => q.speaker)).toEqual(["Bao Shusheng", "Bao Shusheng"]);
  });

  it("attributes a quote whose cue comes first, with a colon or a comma", () => {
    expect(quotesOf('Prime Minister Helen Clark said: "We will not send troops."', "en")).toEqual([
      { kind: "direct", text: "We will not send troops.", speaker: "Helen Clark" },
    ]);
    expect(quotesOf('Kapolda Jawa Timur Irjen Machfud Arifin menegaskan, "Pelaku sudah kami tangkap."', "id")).toEqual([
      { kind: "direct", text: "Pelaku sudah kami tangkap.", speaker: "Machfud Arifin" },
    ]);
    expect(quotesOf('Joko Widodo hadir di Istana. Ia menegaskan, "Tidak ada kompromi."', "id")).toEqual([
      { kind: "direct", text: "Tidak ada kompromi.", speaker: "Joko Widodo" },
    ]);
  });

  it("reads colon attribution in a transcript", () => {
    const body = 'Senator Byrd questioned the general.\nRobert Byrd: "How many troops are there now?"';
    expect(quotesOf(body, "en")).toEqual([{ kind: "direct", text: "How many troops are there now?", speaker: "Robert Byrd" }]);
  });

  it("gives a following quote paragraph with no cue to the same speaker", () => {
    const body = [
      'Retired general Ariel Sharon said: "We often asked whether the army could take control."',
      '"I don\'t remember if he agreed or not, but I think he also viewed it in this way."',
    ].join("\n");
    expect(quotesOf(body, "en").map((q) => q.speaker)).toEqual(["Ariel Sharon", "Ariel Sharon"]);
  });

  it("attributes '…,' X said and '…,' organiser X told", () => {
    expect(quotesOf('"If they have 10,000, then we have 10,001," organizer Miriam Tidwell told reporters.', "en")[0]?.speaker).toBe("Miriam Tidwell");
    expect(quotesOf('"The talks failed," Foreign Minister Alexander Downer said.', "en")[0]?.speaker).toBe("Alexander Downer");
  });

  it("reads quoted words inside a reported clause as the whole clause", () => {
    const body = 'Health Secretary John Reid warned that unless obesity is tackled, "we face the prospect of shorter lives".';
    expect(quotesOf(body, "en")).toEqual([
      { kind: "indirect", text: 'unless obesity is tackled, "we face the prospect of shorter lives"', speaker: "John Reid" },
    ]);
    expect(quotesOf('President Obama spoke in Newtown. Obama said "it gets me mad" every time he thinks about the victims.', "en")).toEqual([
      { kind: "indirect", text: '"it gets me mad" every time he thinks about the victims', speaker: "Obama" },
    ]);
  });

  it("keeps a quote introduced by a comma or a colon direct", () => {
    expect(quotesOf('Graham said, "We are losing the vote because of this."', "en")).toEqual([
      { kind: "direct", text: "We are losing the vote because of this.", speaker: "Graham" },
    ]);
  });
});

describe("direct quotes: what is not a quote", () => {
  it("skips scare quotes and titles of works", () => {
    const body = [
      'Pemerintah meluncurkan program "Indonesia Sehat" pekan lalu.',
      'Film berjudul "Pengabdi Setan" ditonton empat juta orang.',
      'The so-called "war on terror" was discussed in the film "Fahrenheit 9/11".',
    ].join("\n");
    expect(quotesOf(body)).toEqual([]);
  });

  it("keeps quoted words inside a reported clause as part of that one item", () => {
    const body = 'Ambassador Bao Shusheng complained that he was "punched on the shoulder" by the prime minister.';
    expect(quotesOf(body, "en")).toEqual([
      { kind: "indirect", text: 'he was "punched on the shoulder" by the prime minister', speaker: "Bao Shusheng" },
    ]);
  });

  it("does not annotate quotes from unnamed sources", () => {
    expect(quotesOf('"Airnya naik sangat cepat," kata seorang warga di Samarinda.', "id")).toEqual([]);
    expect(quotesOf('"The vote will be close," a Senate aide said.', "en")).toEqual([]);
    expect(quotesOf('"Kami melihat asap tebal," ujar saksi mata.', "id")).toEqual([]);
  });

  it("treats apostrophes as part of words, not as quote marks", () => {
    expect(quotesOf("Days before the '67 war, the army's generals met in Sharon's office.", "en")).toEqual([]);
  });
});
