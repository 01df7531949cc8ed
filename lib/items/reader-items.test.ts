import { describe, expect, it } from "vitest";
import type { ItemView } from "../views/item-view.ts";
import { toReaderItems, withText } from "./reader-items.ts";

const body = "Stoltenberg said NATO would stand with Ukraine. Prices rose 4% in May.";
const item = (start: number, end: number): ItemView => ({
  id: `i${start}`,
  documentId: "d1",
  type: "claim",
  kind: null,
  text: body.slice(start, end),
  start,
  end,
  speaker: null,
  speakerMention: null,
  cue: null,
  score: 0.7,
  signals: ["number"],
  status: "pending",
  version: 1,
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
});

describe("items sent to the reader", () => {
  const items = [item(0, 47), item(48, 71)];

  it("leave their text and document behind", () => {
    const sent = toReaderItems(items);
    expect(JSON.stringify(sent)).not.toContain("Ukraine");
    expect(sent[0]).not.toHaveProperty("documentId");
  });

  it("come back whole, their text cut from the body", () => {
    expect(withText(body, "d1", toReaderItems(items))).toEqual(items);
  });
});
