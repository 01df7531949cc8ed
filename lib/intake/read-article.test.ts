import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticle, readPlainText } from "./read-article.ts";

const fixture = (name: string) => readFileSync(`test/fixtures/site/${name}`, "utf8");

describe("readArticle", () => {
  it("keeps an Indonesian story and its metadata, without menus, 'Baca juga' links, ads or the dateline", () => {
    const article = readArticle(fixture("kompas-like.html"), "https://warta.example/ekonomi/2024/03/12/harga-beras?utm_source=twitter")!;
    expect(article).toMatchObject({
      title: "Menteri Perdagangan Janji Harga Beras Turun Sebelum Lebaran",
      sourceName: "Warta Nusantara",
      sourceUrl: "https://warta.example/ekonomi/2024/03/12/harga-beras",
      // 22:45 WIB on 12 March is 12 March where it was published, though already the 12th 15:45 UTC
      publishedAt: "2024-03-12",
      language: "id",
      author: "Sari Wulandari, Budi Santoso",
    });
    const lines = article.body.split("\n");
    expect(lines[0]).toMatch(/^JAKARTA, Warta – Menteri Perdagangan Rahmat Hidayat berjanji/);
    expect(lines).toContain("“Di Makassar dan Ambon, pedagang masih membeli dengan harga lama. Janji itu baru terasa di Jakarta,” ujar Dewi.");
    expect(lines.at(-1)).toMatch(/operasi pasar akan digelar di 150 kabupaten dan kota\.$/);
    for (const furniture of ["Baca juga", "Simak juga", "Beranda", "Terpopuler", "ADVERTISEMENT", "Bagikan", "Hak cipta", "22:45 WIB", "Cari berita"]) {
      expect(article.body, furniture).not.toContain(furniture);
    }
  });

  it("reads an English wire page from Open Graph alone, dropping its byline and 'Read more'", () => {
    const article = readArticle(fixture("wire-english.html"), "https://wire.example/world/port-strike-grain")!;
    expect(article).toMatchObject({
      title: "Port strike halts grain exports for a third day",
      sourceName: "Harbour Wire",
      sourceUrl: "https://wire.example/world/port-strike-grain",
      publishedAt: "2025-06-03",
      language: "en",
      author: "Tom Ellis",
    });
    expect(article.body.split("\n")[0]).toMatch(/^ROTTERDAM \(Harbour Wire\) - Dock workers/);
    expect(article.body).toContain('"We are not moving a single container until the company puts a real offer on the table,"');
    for (const furniture of ["By Tom Ellis", "Read more", "cookies", "Markets wrap", "Home"]) expect(article.body, furniture).not.toContain(furniture);
  });

  it("drops a byline near the top that the metadata does not name, and keeps a first paragraph that only starts like one", () => {
    const story = "The coastguard warned fishing boats to stay in port on Friday as winds reached 90 km/h along the coast.";
    const html = (first: string) => `<html><body><article><p>${first}</p><p>${story.repeat(3)}</p></article></body></html>`;
    expect(readArticle(html("By Staff Writer · 10:00"), "https://coast.example/a")!.body).toBe(story.repeat(3));
    expect(readArticle(html("Oleh Rina Wulandari"), "https://coast.example/a")!.body).toBe(story.repeat(3));
    const real = "By the end of the week, 40 boats had returned to the harbour, the port authority said.";
    expect(readArticle(html(real), "https://coast.example/a")!.body.split("\n")[0]).toBe(real);
  });

  it("reads a story laid out as one block split by <br>, without its inline 'Baca juga' link or a cookie banner", () => {
    const p = ["Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 90.000 per kilogram pada Senin pagi.", "“Pasokan dari Jawa Tengah berkurang karena hujan,” kata pedagang bernama Siti Aminah.", "Dinas Ketahanan Pangan menyebut harga akan turun dalam dua pekan."];
    const html = `<html lang="id"><body><div class="detail__body-text">${p[0]}<br><br><strong>Baca juga:</strong> <a href="/x">Harga Bawang Merah Melonjak</a><br><br>${p[1]}<br><br>${p[2]}</div><div id="cookie-notice">Kami memakai cookie. <button>Setuju</button></div></body></html>`;
    expect(readArticle(html, "https://pasar.example/cabai")!.body.split("\n")).toEqual(p);
  });

  it("finds no article on a front page", () => {
    expect(readArticle(fixture("no-article.html"), "https://wire.example/")).toBeNull();
  });

  it("falls back to the page's address, its host and <title> when the page says nothing of itself", () => {
    const html = `<html><head><title>Storm warning</title></head><body><article><p>${"The coastguard warned fishing boats to stay in port on Friday as winds reached 90 km/h. ".repeat(4)}</p></article></body></html>`;
    expect(readArticle(html, "https://www.coast.example/news/storm?utm_medium=email&id=7")).toMatchObject({
      title: "Storm warning",
      sourceName: "coast.example",
      sourceUrl: "https://www.coast.example/news/storm?id=7",
      publishedAt: undefined,
      language: undefined,
    });
  });

  it("skips a broken JSON-LD block and reads the next, and ignores a canonical link that is not http(s)", () => {
    const html = `<html lang="en"><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"Bridge reopens","datePublished":"2025-02-30T10:00:00Z","dateCreated":"2025-02-27","publisher":[{"name":"Valley Post"}]}]</script>
      <link rel="canonical" href="javascript:alert(1)"></head>
      <body><article><p>${"The bridge reopened to traffic on Thursday after eight months of repairs, the county said. ".repeat(4)}</p></article></body></html>`;
    expect(readArticle(html, "https://valley.example/bridge")).toMatchObject({
      title: "Bridge reopens",
      sourceName: "Valley Post",
      sourceUrl: "https://valley.example/bridge",
      publishedAt: "2025-02-27", // 30 February does not exist; the creation date does
    });
  });
});

describe("readPlainText", () => {
  it("takes a short first line as the headline", () => {
    expect(readPlainText("Night buses stay\n\nThe council voted on Thursday.", "https://city.example/buses.txt")).toEqual({
      title: "Night buses stay",
      body: "The council voted on Thursday.",
      sourceName: "city.example",
      sourceUrl: "https://city.example/buses.txt",
    });
  });

  it("names a one-paragraph text by its site, and finds nothing in an empty one", () => {
    expect(readPlainText("The council voted on Thursday.", "https://city.example/a.txt")).toMatchObject({ title: "city.example", body: "The council voted on Thursday." });
    expect(readPlainText("  \n ", "https://city.example/a.txt")).toBeNull();
  });
});
