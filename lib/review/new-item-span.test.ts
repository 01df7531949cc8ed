import { describe, expect, it } from "vitest";
import { quoteFromSelection } from "./new-item-span.ts";

const pick = (body: string, selected: string) => {
  const start = body.indexOf(selected);
  const q = quoteFromSelection(body, start, start + selected.length);
  return { text: body.slice(q.start, q.end), kind: q.kind };
};

describe("quoteFromSelection", () => {
  it("drops the quote marks and edge spaces a selection caught, and calls it direct", () => {
    const body = 'Kata dia, "Kami akan menang." Lalu pergi.';
    expect(pick(body, ' "Kami akan menang." ')).toEqual({ text: "Kami akan menang.", kind: "direct" });
  });

  it("calls words selected inside quote marks direct", () => {
    expect(pick("He said “we will win” today.", "we will win")).toEqual({ text: "we will win", kind: "direct" });
    expect(pick('"Kami akan menang, " kata dia.', "Kami akan menang")).toEqual({ text: "Kami akan menang", kind: "direct" });
  });

  it("calls a reported clause indirect", () => {
    expect(pick("Dia mengatakan bahwa teror Rusia hanya dapat dihentikan.", "teror Rusia hanya dapat dihentikan")).toEqual({
      text: "teror Rusia hanya dapat dihentikan",
      kind: "indirect",
    });
  });

  it("keeps a selection of only spaces empty rather than inverted", () => {
    const q = quoteFromSelection("a   b", 1, 4);
    expect(q.end).toBeGreaterThanOrEqual(q.start);
  });
});
