import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { hostPort, isPublicAddress, parseAllowList } from "@/lib/intake/address-policy.ts";
import { decodePage } from "@/lib/intake/decode-page.ts";
import { UrlRefusedError, UrlUnreachableError } from "../errors.ts";

/** A page as fetched: where it ended up after redirects, its type and its text. */
export interface FetchedPage {
  url: string;
  contentType: string;
  text: string;
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchOptions {
  /** The whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Bytes of the body after decompression. */
  maxBytes?: number;
  /** Media types accepted, e.g. text/html. */
  accept?: readonly string[];
  /** `host:port` pairs let through although private; ATTEST_URL_ALLOW by default. */
  allow?: Set<string>;
  /** How names become addresses; the system's resolver by default (tests give their own). */
  resolve?: Resolver;
}

export const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;
export const MAX_REDIRECTS = 5;
const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5_000_000 };

const systemResolve: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/**
 * Fetches a page a user named, refusing what a server of the newsroom should not fetch for them.
 * Every address a name resolves to is checked at connection time, in the socket's own look-up,
 * so a name cannot resolve to a public address for the check and a private one for the
 * connection; redirects are followed by hand and each hop is checked the same way.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const accept = options.accept ?? PAGE_TYPES;
  const allow = options.allow ?? parseAllowList(process.env.ATTEST_URL_ALLOW);
  const resolve = options.resolve ?? systemResolve;
  const deadline = AbortSignal.timeout(timeoutMs);

  let url = parseAddress(address);
  for (let hop = 0; ; hop++) {
    const answer = await request(url, { accept, allow, resolve, deadline, timeoutMs });
    if (answer.redirect) {
      answer.response.destroy();
      if (hop === MAX_REDIRECTS) throw new UrlUnreachableError(`The page redirects more than ${MAX_REDIRECTS} times; open it in a browser and paste the final address.`);
      url = parseAddress(new URL(answer.redirect, url).href);
      continue;
    }
    const { response } = answer;
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      throw new UrlUnreachableError(`The site answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""} for ${url.href}.`);
    }
    const contentType = response.headers["content-type"] ?? "";
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (!accept.includes(mediaType)) {
      response.destroy();
      throw new UrlRefusedError(`That address serves ${mediaType || "something with no type"}, not a web page: Attest reads articles from web pages (${accept.join(", ")}).`);
    }
    const bytes = await readBody(response, { maxBytes, deadline, timeoutMs });
    return { url: url.href, contentType, text: decodePage(bytes, contentType) };
  }
}

function parseAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new UrlRefusedError("That is not a web address. Copy the article's address from the browser, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UrlRefusedError(`Attest fetches only http and https addresses, not ${url.protocol.replace(/:$/, "")}.`);
  if (url.username || url.password) throw new UrlRefusedError("Addresses with a user name or password in them are not fetched.");
  return url;
}

interface RequestContext {
  accept: readonly string[];
  allow: Set<string>;
  resolve: Resolver;
  deadline: AbortSignal;
  timeoutMs: number;
}

type Answer = { response: http.IncomingMessage; redirect: string | null };

function request(url: URL, context: RequestContext): Promise<Answer> {
  const allowed = context.allow.has(hostPort(url));
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  // A literal address is never looked up, so the socket's check below would not see it.
  if (isIP(hostname) && !allowed && !isPublicAddress(hostname)) return Promise.reject(privateAddress(url, hostname));

  const lookup: LookupFunction = (name, options, callback) => {
    context.resolve(name).then(
      (addresses) => {
        const refused = allowed ? undefined : addresses.find((a) => !isPublicAddress(a.address));
        if (refused) return callback(privateAddress(url, refused.address), "", 0);
        const first = addresses[0];
        if (!first) return callback(unreachable(url, `${name} has no address`), "", 0);
        // Node asks for every address when it tries IPv6 and IPv4 side by side (autoSelectFamily).
        if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, addresses);
        callback(null, first.address, first.family);
      },
      () => callback(unreachable(url, `the name ${name} was not found`), "", 0),
    );
  };

  return new Promise<Answer>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      lookup,
      // A kept-alive socket would skip the look-up above on its next request: every fetch connects anew.
      agent: false,
      signal: context.deadline,
      headers: {
        "User-Agent": "Attest/0.1 (fact-check workbench; +https://github.com/attest)",
        Accept: `${context.accept.join(", ")};q=0.9, */*;q=0.1`,
        "Accept-Encoding": "gzip, deflate, br",
      },
    });
    req.on("response", (response) => {
      const location = response.headers.location;
      const status = response.statusCode ?? 0;
      resolve({ response, redirect: status >= 300 && status < 400 && location ? location : null });
    });
    req.on("error", (err) => reject(asFetchError(err, url, context)));
    req.end();
  });
}

async function readBody(response: http.IncomingMessage, limits: { maxBytes: number; deadline: AbortSignal; timeoutMs: number }): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  const tooLarge = () => new UrlRefusedError(`The page is larger than ${Math.round(limits.maxBytes / 1_000_000)} MB; Attest does not read it. Paste the article's text instead.`);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip()
    : encoding === "deflate" ? zlib.createInflate()
    : encoding === "br" ? zlib.createBrotliDecompress()
    : null;
  // pipeline, not pipe: a response cut off by the deadline must end the decompressor's stream too.
  const stream = decoder ? pipeline(response, decoder, () => {}) : response;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // The limit is on what comes out of decompression: a small compressed page may unpack to gigabytes.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limits.maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (err) {
    response.destroy();
    if (err instanceof UrlRefusedError) throw err;
    if (limits.deadline.aborted) throw slow(limits.timeoutMs);
    throw new UrlUnreachableError("The page could not be read: the site broke off or sent a damaged page. Try again, or paste the article's text.");
  }
  return Buffer.concat(chunks);
}

function asFetchError(err: Error, url: URL, context: RequestContext): Error {
  if (err instanceof UrlRefusedError || err instanceof UrlUnreachableError) return err;
  if (context.deadline.aborted) return slow(context.timeoutMs);
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === "ECONNREFUSED" ? "the site refused the connection"
    : code === "ECONNRESET" ? "the site broke off the connection"
    : code?.startsWith("ERR_TLS") || code?.includes("CERT") ? "its security certificate is not valid"
    : "the site could not be reached";
  return unreachable(url, reason);
}

function privateAddress(url: URL, address: string): UrlRefusedError {
  return new UrlRefusedError(
    `${url.hostname} is on a private network (${address}); Attest fetches only public sites. An administrator can allow an intranet host with ATTEST_URL_ALLOW.`,
  );
}

function unreachable(url: URL, reason: string): UrlUnreachableError {
  return new UrlUnreachableError(`${url.hostname} could not be fetched: ${reason}. Check the address, or paste the article's text.`);
}

function slow(timeoutMs: number): UrlUnreachableError {
  return new UrlUnreachableError(`The site did not send the page within ${Math.round(timeoutMs / 1000)} seconds. Try again, or paste the article's text.`);
}
