import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { moveActive, PersonCombobox, PersonListbox } from "./person-combobox.tsx";
import type { PeopleSearchState } from "./use-people-search.ts";

const zelenskyy: PersonOption = { id: "p1", name: "Volodymyr Zelenskyy", aliases: ["Zelensky"], quotes: 3 };
const zel: PersonOption = { id: "p2", name: "Zel", aliases: [], quotes: 1 };
const noop = () => {};

function listbox(search: PeopleSearchState, options: PersonOption[] = search.people, active = -1, noMatchHint?: string) {
  return renderToStaticMarkup(<PersonListbox id="l" open search={search} options={options} active={active} noMatchHint={noMatchHint} onPick={noop} onHover={noop} />);
}

describe("moveActive (the arrow keys of the speaker search)", () => {
  it("goes down from none to the first and up from none to the last, wrapping round", () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(1, 3, 1)).toBe(2);
  });

  it("highlights nothing when nothing matched", () => {
    expect(moveActive(-1, 0, 1)).toBe(-1);
    expect(moveActive(4, 0, -1)).toBe(-1);
  });
});

describe("the speaker search's list", () => {
  it("offers each match as an option with its quotes and aliases, the highlighted one selected", () => {
    const html = listbox({ status: "done", query: "zel", people: [zel, zelenskyy] }, [zel, zelenskyy], 1);
    expect(html).toContain('role="listbox"');
    expect(html.match(/role="option"/g)).toHaveLength(2);
    expect(html).toMatch(/id="l-p1" role="option" aria-selected="true"/);
    expect(html).toMatch(/id="l-p2" role="option" aria-selected="false"/);
    expect(html).toContain("3 quotes · also Zelensky");
    expect(html).toContain("1 quote");
    expect(html).toContain("2 matches; arrow keys to choose.");
  });

  it("says it is searching, and that nothing matched (with what the form does then)", () => {
    expect(listbox({ status: "loading", query: "zel", people: [] })).toContain("Searching…");
    const none = listbox({ status: "done", query: "Rishi <b>", people: [] }, [], -1, "Change speaker adds them as a new person.");
    expect(none).toContain("No match for “Rishi &lt;b&gt;”. Change speaker adds them as a new person.");
    expect(none).toMatch(/role="listbox"[^>]*hidden=""/);
  });

  it("says when the search failed", () => {
    expect(listbox({ status: "error", query: "zel", people: [] })).toContain("The search failed");
  });

  it("is a closed combobox until someone types", () => {
    const html = renderToStaticMarkup(<PersonCombobox id="speaker" value="Zel" onValueChange={noop} onPick={noop} />);
    expect(html).toMatch(/<input id="speaker" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="[^"]+"/);
    expect(html).not.toContain("aria-activedescendant");
    expect(html).toMatch(/role="listbox"[^>]*hidden=""/);
  });
});
