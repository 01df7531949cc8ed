import { describe, expect, it } from "vitest";
import { decodePage } from "./decode-page.ts";

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe("decodePage", () => {
  it("reads UTF-8 when nothing says otherwise", () => {
    expect(decodePage(new TextEncoder().encode("<p>Menlu Retno “tegas”</p>"), "text/html")).toBe("<p>Menlu Retno “tegas”</p>");
  });

  it("follows the Content-Type's charset", () => {
    expect(decodePage(latin1("<p>caf\xe9 \x93quoted\x94</p>"), "text/html; charset=windows-1252")).toBe("<p>café “quoted”</p>");
  });

  it("follows the page's own <meta charset> when the header names none", () => {
    const page = latin1('<html><head><meta charset="iso-8859-1"></head><body>S\xe3o Paulo</body></html>');
    expect(decodePage(page, "text/html")).toContain("São Paulo");
  });

  it("prefers a byte-order mark to a wrong header", () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Zelenskyy “menolak”")]);
    expect(decodePage(bom, "text/html; charset=iso-8859-1")).toBe("Zelenskyy “menolak”");
  });
});
