import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "@/test/closed-port.ts";
import { startFixtureSite, type FixtureSite } from "@/test/fixture-site.ts";
import { UrlRefusedError, UrlUnreachableError } from "../errors.ts";
import { fetchPage, type FetchOptions, type Resolver } from "./fetch-page.ts";

let site: FixtureSite;
let allowed: FetchOptions;
beforeAll(async () => {
  site = await startFixtureSite();
  allowed = { allow: new Set([`127.0.0.1:${site.port}`]) };
});
afterAll(() => site.close());

/** A resolver as a name server would answer, without one. */
const resolving =
  (answers: Record<string, string[]>): Resolver =>
  async (name) => {
    const found = answers[name];
    if (!found) throw Object.assign(new Error(`ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

async function refusal(address: string, options: FetchOptions = allowed): Promise<{ code: string; message: string }> {
  try {
    await fetchPage(address, options);
  } catch (err) {
    if (err instanceof UrlRefusedError || err instanceof UrlUnreachableError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error(`${address} was fetched`);
}

describe("fetchPage: what it fetches", () => {
  it("fetches an allowed page, following redirects to where it ends", async () => {
    const page = await fetchPage(`${site.origin}/s/beras`, allowed);
    expect(page.url).toBe(`${site.origin}/kompas-like.html`);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.text).toContain("Menteri Perdagangan Rahmat Hidayat");
  });

  it("follows five redirects", async () => {
    expect((await fetchPage(`${site.origin}/hops/5`, allowed)).url).toBe(`${site.origin}/hops/0`);
  });

  it("unpacks a gzip page and decodes a windows-1252 one", async () => {
    expect((await fetchPage(`${site.origin}/gzip`, allowed)).text).toContain("Port strike halts grain exports");
    expect((await fetchPage(`${site.origin}/windows-1252`, allowed)).text).toContain("“We cannot pass that on to a customer buying a coffee,” said José Martins");
  });

  it("accepts plain text", async () => {
    expect((await fetchPage(`${site.origin}/plain.txt`, allowed)).text).toMatch(/^Council votes to keep the night buses/);
  });

  it("lets an allowed name through although it resolves to a private address", async () => {
    const options = { allow: new Set([`cms.intranet:${site.port}`]), resolve: resolving({ "cms.intranet": ["127.0.0.1"] }) };
    expect((await fetchPage(`http://cms.intranet:${site.port}/wire-english.html`, options)).text).toContain("Harbour Wire");
  });
});

describe("fetchPage: every refusal, with its reason", () => {
  it("refuses what is not an http(s) address", async () => {
    expect(await refusal("not a link")).toMatchObject({ code: "url_refused", message: expect.stringContaining("not a web address") });
    for (const address of ["ftp://files.example/a.txt", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<p>x</p>"]) {
      expect(await refusal(address)).toMatchObject({ code: "url_refused", message: expect.stringMatching(/only http and https/) });
    }
  });

  it("refuses an address carrying a user name or password", async () => {
    expect(await refusal(`http://editor:secret@127.0.0.1:${site.port}/kompas-like.html`)).toMatchObject({ code: "url_refused", message: expect.stringMatching(/user name or password/) });
  });

  it("refuses loopback, private, link-local and unspecified addresses written literally", async () => {
    for (const address of [
      `http://127.0.0.1:${site.port}/kompas-like.html`,
      "http://10.1.2.3/",
      "http://192.168.0.1/",
      "http://172.16.5.5/",
      "http://169.254.169.254/latest/meta-data/",
      "http://0.0.0.0/",
      "http://[::1]/",
      "http://[fe80::1]/",
      "http://[fc00::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://2130706433/", // 127.0.0.1 as one number: the URL parser makes it a dotted address first
      "http://0x7f.1/",
    ]) {
      expect(await refusal(address, {}), address).toMatchObject({ code: "url_refused", message: expect.stringContaining("private network") });
    }
  });

  it("refuses a name that resolves to a private address, or to a private one among public ones", async () => {
    const resolve = resolving({ "intranet.example": ["10.0.0.7"], "mixed.example": ["93.184.216.34", "192.168.1.20"], "v6.example": ["::1"] });
    for (const host of ["intranet.example", "mixed.example", "v6.example"]) {
      expect(await refusal(`http://${host}/story`, { resolve }), host).toMatchObject({ code: "url_refused", message: expect.stringContaining(`${host} is on a private network`) });
    }
  });

  it("refuses a redirect to a private address, a port not allowed, or another scheme", async () => {
    expect(await refusal(`${site.origin}/to-loopback?port=5432`)).toMatchObject({ code: "url_refused", message: expect.stringContaining("127.0.0.1 is on a private network") });
    expect(await refusal(`${site.origin}/to-metadata`)).toMatchObject({ code: "url_refused", message: expect.stringContaining("169.254.169.254") });
    expect(await refusal(`${site.origin}/to-ftp`)).toMatchObject({ code: "url_refused", message: expect.stringMatching(/only http and https/) });
  });

  it("stops after five redirects, and on a redirect loop", async () => {
    expect(await refusal(`${site.origin}/hops/6`)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("more than 5 times") });
    expect(await refusal(`${site.origin}/loop`)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("more than 5 times") });
  });

  it("gives up on a site that is too slow, whether with its headers or its body, compressed or not", async () => {
    const quick = { ...allowed, timeoutMs: 300 };
    expect(await refusal(`${site.origin}/slow-headers`, quick)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("did not send the page within") });
    expect(await refusal(`${site.origin}/slow`, quick)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("did not send the page within") });
    expect(await refusal(`${site.origin}/slow-gzip`, quick)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("did not send the page within") });
  });

  it("refuses a page larger than the limit: declared, streamed, or unpacked from a small gzip", async () => {
    for (const path of ["/huge-declared", "/huge", "/gzip-bomb"]) {
      expect(await refusal(`${site.origin}${path}`), path).toMatchObject({ code: "url_refused", message: expect.stringContaining("larger than 5 MB") });
    }
    expect(await refusal(`${site.origin}/kompas-like.html`, { ...allowed, maxBytes: 1000 })).toMatchObject({ code: "url_refused" });
  });

  it("refuses what is not a web page", async () => {
    expect(await refusal(`${site.origin}/photo.jpg`)).toMatchObject({ code: "url_refused", message: expect.stringContaining("image/jpeg") });
    expect(await refusal(`${site.origin}/report.pdf`)).toMatchObject({ code: "url_refused", message: expect.stringContaining("application/pdf") });
  });

  it("reports an error status, a refused connection and an unknown name as unreachable", async () => {
    expect(await refusal(`${site.origin}/gone`)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("answered 404") });
    expect(await refusal(`${site.origin}/broken`)).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("answered 500") });
    const port = await closedPort();
    expect(await refusal(`http://127.0.0.1:${port}/`, { allow: new Set([`127.0.0.1:${port}`]) })).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("refused the connection") });
    expect(await refusal("http://no-such-site.example/", { resolve: resolving({}) })).toMatchObject({ code: "url_unreachable", message: expect.stringContaining("was not found") });
  });
});
