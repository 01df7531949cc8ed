"use client";

import { Fragment, memo, useMemo, type MouseEvent, type ReactNode } from "react";
import { segmentLines, type Line } from "../../lib/format/segment-spans.ts";
import { ItemMark, type MarkItem } from "./item-mark.tsx";

interface Props {
  body: string;
  items: readonly (MarkItem & { start: number; end: number })[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/**
 * The article, one paragraph per line of the body, with every item's span marked. Text is only
 * ever React text nodes, so "<script>" in an article shows as those characters. Paragraphs are
 * memoised and only those holding the old or new selection re-render when it moves.
 */
export function ArticleText({ body, items, selectedId, onSelect }: Props) {
  const lines = useMemo(() => segmentLines(body, items), [body, items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const idsByLine = useMemo(() => lines.map((l) => new Set(l.segments.flatMap((s) => s.spanIds))), [lines]);

  // One listener for every mark: the innermost mark under the pointer is the item meant.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest("[data-item-id]");
    const id = mark?.getAttribute("data-item-id");
    if (id) onSelect(id);
  };

  return (
    <div onClick={onClick} className="article-text space-y-4 font-serif text-[1.0625rem] leading-8 text-stone-900" data-testid="article-text">
      {lines.map((line, i) =>
        line.start === line.end ? null : (
          <Paragraph key={line.start} line={line} byId={byId} selectedId={selectedId && idsByLine[i]!.has(selectedId) ? selectedId : null} />
        ),
      )}
    </div>
  );
}

const Paragraph = memo(function Paragraph({ line, byId, selectedId }: { line: Line; byId: Map<string, MarkItem>; selectedId: string | null }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {line.segments.map((segment) => {
        // Innermost span first, each wrapped by the one outside it.
        let node: ReactNode = segment.text;
        for (let i = segment.spanIds.length - 1; i >= 0; i--) {
          const item = byId.get(segment.spanIds[i]!);
          if (item) node = <ItemMark item={item} selected={item.id === selectedId}>{node}</ItemMark>;
        }
        return <Fragment key={segment.start}>{node}</Fragment>;
      })}
    </p>
  );
});
