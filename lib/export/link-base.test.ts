import { describe, expect, it } from "vitest";
import { itemLink, linkBase } from "./link-base.ts";

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers: new Headers(headers) });

describe("linkBase", () => {
  it("uses ATTEST_PUBLIC_URL when it is set, without a trailing slash", () => {
    expect(linkBase("https://attest.newsroom.id/", request("http://127.0.0.1:3100/api/export/quotes"))).toBe("https://attest.newsroom.id");
  });

  it("otherwise takes the request's own origin, port and all", () => {
    expect(linkBase(undefined, request("http://127.0.0.1:3100/api/export/quotes?format=csv"))).toBe("http://127.0.0.1:3100");
    expect(linkBase("  ", request("http://localhost:4000/x"))).toBe("http://localhost:4000");
  });

  it("follows the proxy's forwarded address, first value only", () => {
    const behindProxy = request("http://127.0.0.1:3000/api/export/quotes", { "x-forwarded-proto": "https, http", "x-forwarded-host": "attest.example.org, internal" });
    expect(linkBase(undefined, behindProxy)).toBe("https://attest.example.org");
  });

  it("ignores a forwarded host or protocol that is not one", () => {
    const forged = request("http://127.0.0.1:3000/x", { "x-forwarded-host": "evil.org/path?", "x-forwarded-proto": "javascript" });
    expect(linkBase(undefined, forged)).toBe("http://127.0.0.1:3000");
  });

  it("builds an item's link as the page spells it", () => {
    expect(itemLink("https://a.org", "d1", "i1")).toBe("https://a.org/documents/d1#item-i1");
  });
});
