import { describe, expect, it } from "vitest";
import { fileTitle } from "./file-title.ts";

describe("fileTitle", () => {
  it("takes the first line with text of a plain file", () => {
    expect(fileTitle("", "\n  Banjir di Kalimantan  \nIsi berita.", "text")).toBe("Banjir di Kalimantan");
  });

  it("drops a Markdown heading's #s", () => {
    expect(fileTitle("", "## Hujan deras\n\nTeks.", "markdown")).toBe("Hujan deras");
  });

  it("takes an HTML page's <title>, else the first line of its text", () => {
    expect(fileTitle("<title>A &amp; B</title><p>x</p>", "x", "html")).toBe("A & B");
    expect(fileTitle("<p>First paragraph.</p>", "First paragraph.", "html")).toBe("First paragraph.");
  });

  it("shortens a long first line at a word to fit the 300-character title", () => {
    const line = "kata ".repeat(100).trim();
    const title = fileTitle("", line, "text");
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title).toMatch(/ kata…$/);
  });
});
