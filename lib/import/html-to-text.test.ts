import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash.ts";
import { htmlTitle, htmlToText } from "./html-to-text.ts";
import { normaliseBody } from "./normalise-body.ts";

describe("importing text", () => {
  it("reduces HTML to paragraphs and drops scripts, styles and navigation", () => {
    const html = `<html><head><title>NATO &amp; Ukraina</title><style>p{color:red}</style></head><body>
      <nav>Home | News</nav><script>alert("x")</script>
      <p>Sekretaris Jenderal NATO <a href="https://x">Jens Stoltenberg</a> mengatakan "senjata" akan dikirim.</p>
      <p>Baris kedua &lt;b&gt;.</p></body></html>`;
    const text = normaliseBody(htmlToText(html));
    expect(text).toBe('Sekretaris Jenderal NATO Jens Stoltenberg mengatakan "senjata" akan dikirim.\nBaris kedua <b>.');
    expect(htmlTitle(html)).toBe("NATO & Ukraina");
  });

  it("normalises line endings, a BOM and trailing spaces, but keeps the words", () => {
    expect(normaliseBody("\uFEFFSatu.  \r\nDua.\r\n\r\n\r\n\r\nTiga.\n")).toBe("Satu.\nDua.\n\nTiga.");
  });

  it("hashes the same words the same way, however they are wrapped", () => {
    expect(contentHash("Satu dua\ntiga.")).toBe(contentHash("Satu  dua tiga."));
    expect(contentHash("Satu dua tiga.")).not.toBe(contentHash("Satu dua empat."));
  });
});
