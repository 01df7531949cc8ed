import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText } from "./article-text.tsx";
import type { MarkItem } from "./item-mark.tsx";

type Item = MarkItem & { start: number; end: number };

const quote = (id: string, start: number, end: number, over: Partial<Item> = {}): Item => ({
  id,
  type: "quote",
  kind: "direct",
  start,
  end,
  speaker: { id: "p1", name: "Jens Stoltenberg" },
  speakerMention: "Stoltenberg",
  cue: "kata",
  score: 0.95,
  status: "pending",
  ...over,
});
const claim = (id: string, start: number, end: number): Item => ({ id, type: "claim", kind: null, start, end, speaker: null, speakerMention: null, cue: null, score: 0.9, status: "pending" });

const render = (body: string, items: Item[], selectedId: string | null = null) =>
  renderToStaticMarkup(<ArticleText body={body} items={items} selectedId={selectedId} onSelect={() => {}} />);

/** The document the markup describes, as a browser would read it. */
function parse(html: string) {
  const marks = [...html.matchAll(/<mark data-item-id="([^"]+)"/g)].map((m) => m[1]);
  const paragraphs = html.match(/<p /g)?.length ?? 0;
  return { marks, paragraphs };
}

describe("ArticleText", () => {
  it("shows markup in an article as text, never as HTML", () => {
    const body = 'Before <script>alert("x")</script> after <img src=x onerror=alert(1)>';
    const html = render(body, [quote("q", 7, 35)]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders one paragraph per non-empty line", () => {
    expect(parse(render("One.\n\nTwo.\nThree.", [])).paragraphs).toBe(3);
  });

  it("nests a quote's mark inside the claim that contains it, with the speaker on hover", () => {
    const body = "Dia berbicara setelah Sunak berjanji untuk menyediakan tank.";
    const start = body.indexOf("menyediakan");
    const html = render(body, [claim("c", 0, body.length), quote("q", start, start + 16, { kind: "indirect", speaker: { id: "p2", name: "Rishi Sunak" }, cue: "berjanji" })]);
    expect(parse(html).marks).toEqual(["c", "c", "q", "c"]);
    expect(html).toMatch(/<mark data-item-id="c"[^>]*><mark data-item-id="q"[^>]*>menyediakan tank<\/mark><\/mark>/);
    expect(html).toContain('title="Indirect quote · Rishi Sunak (“berjanji”) · Pending"');
    expect(html).toContain('title="Claim · Pending · check-worthiness 0.90"');
  });

  it("marks the selected item's every piece, and only those", () => {
    const body = "ab\ncd";
    const html = render(body, [quote("x", 0, 5), quote("y", 3, 4)], "x");
    expect(html.match(/data-selected="true"/g)).toHaveLength(3);
    expect(html).toMatch(/<mark data-item-id="y"[^>]*>/);
    expect(/<mark data-item-id="y"[^>]*data-selected/.test(html)).toBe(false);
  });
});

describe("ArticleText review state", () => {
  it("tags each span with its status once, at its start, and a quote with its speaker once, at its end", () => {
    // A claim cut in three by the quote inside it: one status, on the piece that begins it.
    const body = "Sunak said tanks will go today.";
    const html = render(body, [
      { ...claim("c", 0, body.length), status: "disputed" },
      quote("q", 11, 22, { status: "verified", speaker: { id: "p2", name: "Rishi Sunak" } }),
    ]);
    const tags = [...html.matchAll(/<mark data-item-id="(\w)"([^>]*)>/g)].map(([, id, attrs]) => ({
      id,
      status: /data-status="(\w+)"/.exec(attrs!)?.[1],
      speaker: /data-speaker="([^"]+)"/.exec(attrs!)?.[1],
    }));
    expect(tags).toEqual([
      { id: "c", status: "disputed", speaker: undefined },
      { id: "c", status: undefined, speaker: undefined },
      { id: "q", status: "verified", speaker: "Rishi Sunak" },
      { id: "c", status: undefined, speaker: undefined },
    ]);
  });

  it("leaves pending items unmarked, names a quote's speaker as written when unresolved, and says nothing on filtered-out items", () => {
    const html = renderToStaticMarkup(
      <ArticleText
        body="ab cd ef"
        items={[quote("x", 0, 2, { speaker: null, speakerMention: "the minister" }), quote("y", 3, 5, { status: "verified" }), claim("z", 6, 8)]}
        selectedId={null}
        onSelect={() => {}}
        dimmedIds={new Set(["y"])}
      />,
    );
    expect(html).toMatch(/<mark data-item-id="x"[^>]*data-speaker="the minister"/);
    expect(html).not.toMatch(/data-item-id="x"[^>]*data-status/);
    expect(html).not.toMatch(/data-item-id="y"[^>]*data-(status|speaker)/);
    expect(html).not.toMatch(/data-item-id="z"[^>]*data-speaker/);
  });
});

describe("ArticleText for selections and filters", () => {
  it("gives each paragraph its offset in the body, and nothing but the body's text inside", () => {
    const body = "One.\n\nTwo \"three\".";
    const html = render(body, [quote("q", 11, 16)]);
    expect([...html.matchAll(/<p [^>]*data-body-start="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 6]);
    const second = `<p ${html.split("<p ")[2]!}`;
    expect(second.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"')).toBe(body.slice(6));
  });

  it("marks filtered-out items faintly, keeping them clickable", () => {
    const html = renderToStaticMarkup(<ArticleText body="ab cd" items={[quote("x", 0, 2), quote("y", 3, 5)]} selectedId={null} onSelect={() => {}} dimmedIds={new Set(["y"])} />);
    expect(html).toMatch(/<mark data-item-id="y"[^>]*data-dimmed="true"/);
    expect(/<mark data-item-id="x"[^>]*data-dimmed/.test(html)).toBe(false);
  });
});
