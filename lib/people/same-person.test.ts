import { describe, expect, it } from "vitest";
import { samePersonReason } from "./same-person.ts";

const p = (name: string, aliases: string[] = [], kind: "person" | "org" = "person") => ({ name, aliases, kind });

describe("samePersonReason", () => {
  it("suggests aliases, a surname beside a full name, and spelling variants", () => {
    expect(samePersonReason(p("Joko Widodo", ["Jokowi"]), p("Jokowi"), 0.3)).toBe("alias");
    expect(samePersonReason(p("Stoltenberg"), p("Jens Stoltenberg"), 0.7)).toBe("surname");
    expect(samePersonReason(p("Zelensky"), p("Zelenskyy"), 0.8)).toBe("spelling");
    expect(samePersonReason(p("Zelensky"), p("Volodymyr Zelenskyy"), 0.6)).toBe("surname");
    expect(samePersonReason(p("Volodymyr Zelensky"), p("Volodymyr Zelenskyy"), 0.85)).toBe("spelling");
  });

  it("does not suggest relatives, initials, or a person and an organisation", () => {
    expect(samePersonReason(p("Joko Widodo"), p("Iriana Widodo"), 0.55)).toBeNull();
    expect(samePersonReason(p("Ed"), p("Ed Miliband"), 0.4)).toBeNull();
    expect(samePersonReason(p("Stoltenberg"), p("Stoltenberg Foundation", [], "org"), 0.7)).toBeNull();
    expect(samePersonReason(p("Anna Schmidt"), p("Anne Schmitz"), 0.4)).toBeNull();
    expect(samePersonReason(p("Johnson"), p("Boris Johnston"), 0.5)).toBeNull();
  });
});
