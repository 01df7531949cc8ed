import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readBulkFiles } from "./read-bulk-files.ts";

const encode = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });

describe("readBulkFiles", () => {
  it("reads text, Markdown and HTML files, and lists the others with their reasons", async () => {
    const selection = await readBulkFiles([
      file("a.txt", encode("Mayor says 12 schools will open.")),
      file("b.md", encode("# Floods\nWater rose 2 metres.")),
      file("c.html", encode("<p>Storm</p>")),
      file("scan.pdf", encode("%PDF")),
      file("latin1.txt", Uint8Array.from([0x63, 0x61, 0x66, 0xe9])),
      file("empty.txt", encode("  ")),
    ]);
    expect(selection.files.map((f) => [f.name, f.format])).toEqual([
      ["a.txt", "text"],
      ["b.md", "markdown"],
      ["c.html", "html"],
    ]);
    expect(selection.skipped).toEqual([
      { name: "scan.pdf", reason: "scan.pdf is not a .txt, .md or .html file." },
      { name: "latin1.txt", reason: "latin1.txt is not UTF-8 text. Save it as UTF-8 and try again." },
      { name: "empty.txt", reason: "empty.txt is empty." },
    ]);
  });

  it("unpacks a .zip into its articles, folders and all, leaving out macOS's extras", async () => {
    const zip = zipSync({ "day/one.txt": encode("Port reopens."), "day/two.html": encode("<p>Rates rise.</p>"), "__MACOSX/day/._one.txt": encode("x"), "day/.DS_Store": encode("x"), "day/photo.jpg": encode("x") });
    const selection = await readBulkFiles([file("coverage.zip", zip)]);
    expect(selection.files.map((f) => f.name)).toEqual(["coverage.zip/day/one.txt", "coverage.zip/day/two.html"]);
    expect(selection.skipped).toEqual([{ name: "coverage.zip/day/photo.jpg", reason: "coverage.zip/day/photo.jpg is not a .txt, .md or .html file." }]);
    expect((await readBulkFiles([file("broken.zip", encode("not a zip"))])).skipped[0]!.reason).toBe("broken.zip is not a readable .zip archive.");
  });
});
