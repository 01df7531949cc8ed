import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { createGzip, gzipSync } from "node:zlib";

/**
 * A small news site on 127.0.0.1 for the URL fetcher's tests, so that none touches the
 * internet: real article pages (test/fixtures/site, our own text), and each shape of page the
 * fetcher must refuse or survive. `/articles/N` serves a different article for every N.
 */
export interface FixtureSite {
  origin: string;
  port: number;
  /** How many requests each path has had. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const PAGES = path.join(import.meta.dirname, "fixtures", "site");
const page = (name: string) => readFileSync(path.join(PAGES, name));

export async function startFixtureSite(port = 0, host = "127.0.0.1"): Promise<FixtureSite> {
  const hits = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    open.add(res);
    res.on("close", () => open.delete(res));
    route(url, res, hits);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as { port: number }).port;
  return {
    origin: `http://${host}:${actual}`,
    port: actual,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  };
}

const HTML = "text/html; charset=utf-8";

function route(url: URL, res: ServerResponse, hits: Map<string, number>) {
  const p = url.pathname;
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "Content-Type": type, ...headers });
    res.end(body);
  };
  if (p === "/" || p === "/no-article.html") return send(200, HTML, page("no-article.html"));
  if (p === "/kompas-like.html" || p === "/wire-english.html") return send(200, HTML, page(p.slice(1)));
  // A story reached through a short link, as shared on social media.
  if (p === "/s/beras") return send(301, HTML, "", { Location: "/kompas-like.html" });
  if (p.startsWith("/hops/")) {
    const n = Number(p.slice("/hops/".length));
    return n > 0 ? send(302, HTML, "", { Location: `/hops/${n - 1}` }) : send(200, HTML, page("wire-english.html"));
  }
  if (p === "/loop") return send(302, HTML, "", { Location: "/loop" });
  // Somewhere the newsroom's server can reach and its users must not: another port on loopback.
  if (p === "/to-loopback") return send(302, HTML, "", { Location: `http://127.0.0.1:${url.searchParams.get("port") ?? "5432"}/admin` });
  if (p === "/to-metadata") return send(302, HTML, "", { Location: "http://169.254.169.254/latest/meta-data/" });
  if (p === "/to-ftp") return send(302, HTML, "", { Location: "ftp://files.example/story.txt" });
  if (p === "/slow") {
    res.writeHead(200, { "Content-Type": HTML });
    res.write("<html><body><p>");
    return; // and nothing more, until the client gives up
  }
  if (p === "/slow-headers") return; // not even a status line
  if (p === "/slow-gzip") {
    // Compressed, and a trickle that never ends: the deadline must reach through the decompressor.
    res.writeHead(200, { "Content-Type": HTML, "Content-Encoding": "gzip" });
    const gzip = createGzip();
    gzip.pipe(res);
    const timer = setInterval(() => gzip.write("<p>still coming</p>") && gzip.flush(), 50);
    res.on("close", () => clearInterval(timer));
    return;
  }
  if (p === "/deep") return send(200, HTML, `<html><body>${"<div>".repeat(3000)}${"A story that is buried very deep in the page. ".repeat(10)}${"</div>".repeat(3000)}</body></html>`);
  if (p === "/huge") {
    // No Content-Length: only counting what arrives can stop it.
    res.writeHead(200, { "Content-Type": HTML });
    const chunk = Buffer.alloc(64 * 1024, "<p>lorem ipsum dolor sit amet</p>\n");
    let sent = 0;
    const more = () => {
      while (sent < 8_000_000) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", more);
      }
      res.end();
    };
    return more();
  }
  if (p === "/huge-declared") {
    res.writeHead(200, { "Content-Type": HTML, "Content-Length": String(50_000_000) });
    return res.write("<html>");
  }
  if (p === "/gzip-bomb") return send(200, HTML, gzipSync(Buffer.alloc(20_000_000, " ")), { "Content-Encoding": "gzip" });
  if (p === "/gzip") return send(200, HTML, gzipSync(page("wire-english.html")), { "Content-Encoding": "gzip" });
  if (p === "/windows-1252") return send(200, "text/html; charset=windows-1252", latin1Page());
  if (p === "/plain.txt") return send(200, "text/plain; charset=utf-8", plainStory());
  if (p === "/photo.jpg") return send(200, "image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  if (p === "/report.pdf") return send(200, "application/pdf", "%PDF-1.7");
  if (p === "/gone") return send(404, HTML, "<h1>Not found</h1>");
  if (p === "/broken") return send(500, HTML, "<h1>Internal error</h1>");
  if (p === "/feed.rss") return send(200, "application/rss+xml; charset=utf-8", rss("Harbour Wire", ["/articles/101", "/articles/102", "/kompas-like.html", "/s/beras", "/gone"]));
  if (p === "/feed.atom") return send(200, "application/atom+xml", atom("Warta Nusantara", ["/articles/201", "/articles/202"]));
  // One story more each time it is read, as a live wire grows: the first story first.
  if (p === "/growing.rss") {
    const n = hits.get(p) ?? 1;
    return send(200, "application/rss+xml", rss("Growing Wire", Array.from({ length: n }, (_, i) => `/articles/${300 + n - 1 - i}`)));
  }
  if (p.startsWith("/articles/")) return send(200, HTML, numberedArticle(Number(p.slice("/articles/".length)) || 0));
  send(404, HTML, "<h1>Not found</h1>");
}

function latin1Page(): Buffer {
  const html =
    '<html lang="en"><head><title>Caf\xe9 owners say rents doubled</title></head><body><article><h1>Caf\xe9 owners say rents doubled</h1>' +
    "<p>Owners of three caf\xe9s on the high street said on Monday that their rents had doubled since January, and that two of them would close by the summer.</p>" +
    "<p>\x93We cannot pass that on to a customer buying a coffee,\x94 said Jos\xe9 Martins, who has run the corner caf\xe9 for twelve years.</p>" +
    "<p>The landlord, a property fund, did not answer questions about the rents sent by e-mail on Monday afternoon.</p></article></body></html>";
  return Buffer.from([...html].map((c) => c.charCodeAt(0)));
}

function plainStory(): string {
  return [
    "Council votes to keep the night buses",
    "",
    'The city council voted 31 to 12 on Thursday to keep the night bus routes for another year. "People who work late have no other way home," councillor Mary Okafor said before the vote.',
    "",
    "The routes cost the city 2.4 million pounds a year, according to the transport department, and carry about 9,000 passengers a week.",
  ].join("\n");
}

/** An article of its own for every n: the bulk and benchmark imports need many different ones. */
export function numberedArticle(n: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour report ${n}</title>
<meta property="og:site_name" content="Harbour Wire"><meta property="og:title" content="Harbour report number ${n}">
<meta property="article:published_time" content="2025-07-${String((n % 28) + 1).padStart(2, "0")}T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour report number ${n}</h1>
<p>The port handled ${1000 + n} containers on shift ${n}, the harbour master said, and ${n % 7} ships waited at anchor overnight.</p>
<p>"We expect the backlog on berth ${n % 13} to clear by Friday," harbour master Lena Vos told reporters on the quay.</p>
<p>Freight rates on the route rose ${(n % 9) + 1} percent in the week, according to a shipping index published on Monday.</p>
</article><footer>Harbour Wire</footer></body></html>`;
}

function rss(title: string, paths: string[]): string {
  const items = paths.map((p, i) => `<item><title>Story ${i + 1}</title><link>${p}</link><guid isPermaLink="false">${title}-${p}</guid></item>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>/</link><description>${title}</description>${items}</channel></rss>`;
}

function atom(title: string, paths: string[]): string {
  const entries = paths.map((p) => `<entry><title>${p}</title><id>urn:fixture${p}</id><link rel="alternate" href="${p}"/><updated>2025-01-01T00:00:00Z</updated></entry>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:fixture</id><updated>2025-01-01T00:00:00Z</updated>${entries}</feed>`;
}
