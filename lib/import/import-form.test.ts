import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../validations/document.ts";
import { guessTitle } from "./guess-title.ts";
import { importInputFromForm } from "./import-form-input.ts";
import { textProblem, uploadFormat, uploadProblem } from "./upload.ts";

const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("importInputFromForm", () => {
  it("passes pasted text through untouched, absent fields as empty strings", () => {
    expect(importInputFromForm(form({ title: "T", body: "<b>not html</b>" }))).toEqual({
      title: "T",
      body: "<b>not html</b>",
      sourceName: "",
      sourceUrl: "",
      publishedAt: "",
      language: "",
    });
  });

  it("reduces an HTML upload to text, dropping scripts, and takes its <title> when none was typed", () => {
    const html = "<html><head><title>Banjir &amp; longsor</title><script>alert(1)</script></head><body><p>Air naik.</p></body></html>";
    const input = importInputFromForm(form({ title: " ", body: html, bodyFormat: "html" }));
    expect(input.body.trim()).toBe("Air naik.");
    expect(input.title).toBe("Banjir & longsor");
  });

  it("keeps a typed title over the page's own", () => {
    const input = importInputFromForm(form({ title: "Mine", body: "<title>Theirs</title><p>x</p>", bodyFormat: "html" }));
    expect(input.title).toBe("Mine");
  });

  it("reads a File part as empty rather than as text", () => {
    expect(importInputFromForm({ get: () => new Blob(["x"]) }).body).toBe("");
  });
});

describe("guessTitle", () => {
  it("reads an HTML <title>, decoding entities and tidying space", () => {
    expect(guessTitle("<head><title>\n  NATO &amp; Ukraina &#8211; &quot;Senjata&quot;\n</title>", "html")).toBe('NATO & Ukraina – "Senjata"');
    expect(guessTitle("<p>no title</p>", "html")).toBeNull();
    expect(guessTitle("<title>  </title>", "html")).toBeNull();
  });

  it("reads a Markdown file's first level-one heading", () => {
    expect(guessTitle("Intro\n# Harga beras naik #\n\nText", "markdown")).toBe("Harga beras naik");
    expect(guessTitle("## Only a subheading", "markdown")).toBeNull();
  });

  it("does not guess for plain text", () => {
    expect(guessTitle("# Looks like a heading", "text")).toBeNull();
  });
});

describe("upload checks", () => {
  it("knows the accepted extensions, in any case", () => {
    expect(uploadFormat("a.TXT")).toBe("text");
    expect(uploadFormat("b.md")).toBe("markdown");
    expect(uploadFormat("c.htm")).toBe("html");
    expect(uploadFormat("d.pdf")).toBeNull();
    expect(uploadFormat("html")).toBeNull();
  });

  it("refuses other types, empty files and files over 1 MB, naming the file", () => {
    expect(uploadProblem({ name: "a.pdf", size: 10 })).toBe("a.pdf is not a .txt, .md or .html file.");
    expect(uploadProblem({ name: "a.txt", size: 0 })).toBe("a.txt is empty.");
    expect(uploadProblem({ name: "big.txt", size: MAX_BODY_BYTES + 400_000 })).toBe("big.txt is 1.4 MB; the limit is 1 MB. Import a shorter excerpt.");
    expect(uploadProblem({ name: "ok.html", size: MAX_BODY_BYTES })).toBeNull();
  });

  it("refuses binary and non-UTF-8 content", () => {
    expect(textProblem("x.txt", "a\u0000b")).toMatch(/not a text file/);
    expect(textProblem("x.txt", "caf\uFFFD")).toMatch(/not UTF-8/);
    expect(textProblem("x.txt", "Teks biasa 👍")).toBeNull();
  });
});
