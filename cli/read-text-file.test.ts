import { describe, expect, it } from "vitest";
import { decodeText, NotTextError } from "./read-text-file.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("keeps non-ASCII text and its curly quotes intact", () => {
    const text = "“Kami akan datang,” kata Zelenskyy — Ç’est «bien».";
    expect(decodeText(bytes(text))).toBe(text);
  });

  it("drops a leading UTF-8 BOM so offsets count from the first real character", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("Dia berkata")]))).toBe("Dia berkata");
  });

  it("decodes an empty file to an empty string", () => {
    expect(decodeText(new Uint8Array())).toBe("");
  });

  it("rejects invalid UTF-8 instead of substituting U+FFFD", () => {
    expect(() => decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toThrow(NotTextError);
    expect(() => decodeText(Uint8Array.from([0xe2, 0x80]))).toThrow("not valid UTF-8 text");
  });

  it("rejects NUL bytes as binary even though they are valid UTF-8", () => {
    expect(() => decodeText(bytes("abc\0def"))).toThrow("binary file (contains NUL bytes)");
  });
});
