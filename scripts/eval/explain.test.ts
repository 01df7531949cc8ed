import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/index.ts";
import { explainDoc, renderExplanation, type Gold } from "./explain.ts";
import { renderTable } from "./table.ts";

const text = 'Talks ended.\n"We will sign," Mr. Haddad said.\nOfficials said the deal was close.\n"It is done," said Lena Ortiz.';
const gold: Gold = {
  lang: "en",
  quotes: [
    { kind: "direct", text: "We will sign,", speaker: "Karim Haddad" },
    { kind: "direct", text: "It is done,", speaker: "Maria Ortiz" },
    { kind: "indirect", text: "the talks would resume", speaker: "Karim Haddad" },
  ],
  claims: [],
};

describe("eval --explain", () => {
  it("files each mistake under its cause", () => {
    const findings = explainDoc("01-en-talks", text, gold, extract(text, { lang: "en" }));
    const causes = findings.map((f) => f.cause);
    expect(causes).toContain("missed indirect, not found, cue \"\"");
    expect(causes.filter((c) => c.startsWith("speaker wrong"))).toHaveLength(0); // "Ortiz" matches "Maria Ortiz" by the scorer's rule
    expect(renderExplanation("talks", findings, 5)).toMatch(/^\n## talks: \d+ findings in \d+ causes/);
  });

  it("prints one line a gold folder with the scorer's figures", () => {
    const row = {
      name: "talks",
      ms: 3,
      metrics: {
        docs: 1,
        quotes: { gold: 3, pred: 2, precision: 1, recall: 2 / 3, f1: 0.8 },
        speaker_accuracy: 1,
        direct_recall: 1,
        indirect_recall: 0,
        claims: { gold: 0, precision: 1, recall: 1, f1: 1 },
      },
    };
    const [head, , line] = renderTable([row]).split("\n");
    expect(head).toMatch(/^set\s+docs\s+Q-gold/);
    expect(line).toMatch(/^talks\s+1\s+3\s+2\s+1\.000\s+0\.667\s+0\.800\s+1\.000\s+1\.000\s+0\.000\s+0\s+–/);
  });
});
