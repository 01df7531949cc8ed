/** The scorer's counts, summed over a folder's documents. */
export type Counts = Record<string, number>;

interface Row {
  name: string;
  ms: number;
  metrics: {
    docs: number;
    quotes: { gold: number; pred: number; precision: number; recall: number; f1: number };
    speaker_accuracy: number | null;
    direct_recall: number | null;
    indirect_recall: number | null;
    claims: { gold: number; precision: number; recall: number; f1: number };
  };
}

const f = (x: number | null) => (x === null ? "   – " : x.toFixed(3));

/** One line a gold folder, in the columns docs/extractor.md quotes. */
export function renderTable(rows: Row[]): string {
  const head = ["set", "docs", "Q-gold", "Q-pred", "Q-P", "Q-R", "Q-F1", "speaker", "direct-R", "indir-R", "C-gold", "C-P", "C-R", "C-F1", "ms"];
  const body = rows.map(({ name, metrics: m, ms }) => [
    name, String(m.docs), String(m.quotes.gold), String(m.quotes.pred), f(m.quotes.precision), f(m.quotes.recall), f(m.quotes.f1),
    f(m.speaker_accuracy), f(m.direct_recall), f(m.indirect_recall), String(m.claims.gold),
    m.claims.gold ? f(m.claims.precision) : "   – ", m.claims.gold ? f(m.claims.recall) : "   – ", m.claims.gold ? f(m.claims.f1) : "   – ", ms.toFixed(0),
  ]);
  const all = [head, ...body];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...body.map(line)].join("\n");
}
