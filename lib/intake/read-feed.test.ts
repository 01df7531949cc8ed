import { describe, expect, it } from "vitest";
import { readFeed } from "./read-feed.ts";

describe("readFeed", () => {
  it("reads an RSS feed's items by guid, resolving relative links and leaving out items with no link", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><link>https://wire.example/</link><description>x</description>
      <item><title>Port strike</title><link>/world/port-strike</link><guid isPermaLink="false">hw-1</guid></item>
      <item><title>Rates</title><guid>https://wire.example/rates</guid></item>
      <item><title>Podcast only</title><enclosure url="https://wire.example/a.mp3" type="audio/mpeg" length="1"/></item>
      <item><title>Port strike again</title><link>https://wire.example/world/port-strike</link><guid isPermaLink="false">hw-1</guid></item>
    </channel></rss>`;
    expect(readFeed(rss, "https://wire.example/feed.xml")).toEqual({
      title: "Harbour Wire",
      entries: [
        { key: "hw-1", link: "https://wire.example/world/port-strike", title: "Port strike" },
        { key: "https://wire.example/rates", link: "https://wire.example/rates", title: "Rates" },
      ],
    });
  });

  it("reads Atom entries by their alternate link, and JSON Feed items by url", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Warta</title><id>urn:w</id><updated>2025-01-01T00:00:00Z</updated>
      <entry><title>Harga beras</title><id>urn:w:1</id><link rel="self" href="https://warta.example/api/1"/><link rel="alternate" href="https://warta.example/beras"/><updated>2025-01-01T00:00:00Z</updated></entry></feed>`;
    expect(readFeed(atom, "https://warta.example/atom")).toEqual({ title: "Warta", entries: [{ key: "urn:w:1", link: "https://warta.example/beras", title: "Harga beras" }] });
    const json = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: "1", url: "https://j.example/a", title: "A" }, { id: "2", url: "javascript:alert(1)" }] });
    expect(readFeed(json, "https://j.example/feed.json").entries).toEqual([{ key: "1", link: "https://j.example/a", title: "A" }]);
  });

  it("throws on what is not a feed", () => {
    expect(() => readFeed("<html><body>Home</body></html>", "https://x.example/")).toThrow("Unrecognized feed format");
  });
});
