import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { citationSchema } from "./citation.ts";
import { importDocumentSchema } from "./document.ts";
import { httpUrl, isoDate, optional, plainLines, plainText, storableText } from "./fields.ts";
import { signInSchema } from "./sign-in.ts";
import { createUserSchema } from "./user.ts";

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("storableText", () => {
  it("refuses NUL and a lone surrogate with one message naming the field", () => {
    expect(messages(storableText("title"), "a\0b")).toEqual(["The title holds a NUL character (\\0); remove it."]);
    expect(messages(storableText("note"), "a\uD800b")).toEqual(["The note holds a broken character (half a UTF-16 surrogate pair); retype it."]);
    expect(messages(storableText("note"), "\uDC00")).toHaveLength(1);
  });

  it("keeps a whole surrogate pair and every other character as it is", () => {
    expect(storableText("body").parse("kata 😀\u202E\u0007")).toBe("kata 😀\u202E\u0007");
  });
});

describe("plainText and plainLines", () => {
  it("clean, then trim, then apply the field's own limits", () => {
    const title = plainText("title").min(1, "Give it a title.").max(5, "Too long.");
    expect(title.parse("  \u202Eab\tc  ")).toBe("ab c");
    expect(messages(title, "\u200B\u200B")).toEqual(["Give it a title."]);
    // Control characters removed before the length is counted.
    expect(title.parse("a\u0001\u0001\u0001\u0001\u0001bcde")).toBe("abcde");
  });

  it("keep a note's line breaks", () => {
    expect(plainLines("note").parse("one\r\ntwo\u2066")).toBe("one\ntwo");
  });

  it("give the same value when run again, as a form's cleaned value meets the server", () => {
    const once = plainText("title").parse(" a\u202E\nb ");
    expect(plainText("title").parse(once)).toBe(once);
  });
});

describe("optional", () => {
  it("treats zero-width-only text as absent", () => {
    expect(optional(plainText("publisher")).parse("\u200B\uFEFF")).toBeUndefined();
    expect(optional(plainText("publisher")).parse(" ")).toBeUndefined();
  });
});

describe("httpUrl", () => {
  it.each([
    ["http:/\\evil.example", "http://evil.example/"],
    ["https:evil.example", "https://evil.example/"],
    ["HTTPS://Example.ORG/a b", "https://example.org/a%20b"],
    [" https://example.org/\n", "https://example.org/"],
  ])("stores %j as %j", (typed, stored) => {
    expect(httpUrl.parse(typed)).toBe(stored);
    expect(httpUrl.parse(stored)).toBe(stored);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://example.org/", "http://./", "https://", "example.org", "http://a\0b.example/"])("refuses %j", (typed) => {
    expect(httpUrl.safeParse(typed).success).toBe(false);
  });

  it("measures the normalised address against the limit", () => {
    const spaces = `https://example.org/${" x".repeat(700)}`; // 1,420 typed, 2,120 percent-encoded
    expect(messages(httpUrl, spaces)).toEqual(["Keep the address under 2,000 characters."]);
  });
});

describe("isoDate", () => {
  it("refuses years before 1000, which PostgreSQL and JS read differently or not at all", () => {
    expect(messages(isoDate, "0000-01-01")).toEqual(["Use a year from 1000 on."]);
    expect(messages(isoDate, "0999-12-31")).toEqual(["Use a year from 1000 on."]);
    expect(isoDate.parse("1000-01-01")).toBe("1000-01-01");
    expect(isoDate.parse("9999-12-31")).toBe("9999-12-31");
  });
});

describe("the schemas' free text", () => {
  it("a document's body is refused for NUL or a zero-width-only text, and otherwise kept to the character", () => {
    const base = { title: "T" };
    expect(importDocumentSchema.safeParse({ ...base, body: "a\0b" }).error?.issues[0]).toMatchObject({ path: ["body"] });
    expect(importDocumentSchema.safeParse({ ...base, body: "\u200B\n\uFEFF" }).error?.issues[0]?.message).toBe("Paste the article text or upload a file.");
    const body = "  \u202Ekata\u0007 dia\r\n";
    expect(importDocumentSchema.parse({ ...base, body }).body).toBe(body);
  });

  it("a user's name is cleaned; a sign-in email with a control or bidi character is refused", () => {
    const user = { email: "a@example.org", role: "viewer", password: "long enough password" };
    expect(createUserSchema.parse({ ...user, name: "Ada\u202E Lovelace\n" }).name).toBe("Ada Lovelace");
    expect(createUserSchema.parse({ ...user, name: "\u200B" }).name).toBeUndefined(); // empty, so the default name applies
    for (const email of ["a\0@example.org", "a\u202E@example.org", "a@exa\u0007mple.org"]) {
      expect(signInSchema.safeParse({ email, password: "x" }).error?.issues[0]?.path).toEqual(["email"]);
    }
  });

  it("the citation form's resolver shows the field's message and submits the cleaned values", async () => {
    const resolve = zodResolver(citationSchema);
    const options = { fields: {}, shouldUseNativeValidation: false };
    const refused = await resolve({ url: "https://example.org/", title: "a\0", stance: "supports" }, undefined, options);
    expect(refused.errors.title?.message).toBe("The title holds a NUL character (\\0); remove it.");
    const accepted = await resolve({ url: "https:example.org", title: "\u202ESource", publisher: "\u200B", stance: "supports" }, undefined, options);
    expect(accepted.values).toEqual({ url: "https://example.org/", title: "Source", stance: "supports" });
  });
});
