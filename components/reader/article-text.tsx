"use client";

import { Fragment, memo, useMemo, type MouseEvent, type ReactNode, type Ref } from "react";
import { segmentLines, type Line } from "@/lib/format/segment-spans.ts";
import { ItemMark, type MarkItem } from "./item-mark.tsx";

type SpanItem = MarkItem & { start: number; end: number };

interface Props {
  body: string;
  items: readonly SpanItem[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Items the filters hide: still marked, but faintly, so the article reads whole. */
  dimmedIds?: ReadonlySet<string> | null;
  /** The element holding the paragraphs, for turning a text selection into body offsets. */
  rootRef?: Ref<HTMLDivElement>;
}

/**
 * The article, one paragraph per line of the body, with every item's span marked. Text is only
 * ever React text nodes, so "<script>" in an article shows as those characters. Paragraphs are
 * memoised and only those holding the old or new selection re-render when it moves. Each
 * paragraph carries its offset in the body, and holds nothing but the body's own characters,
 * so a selection in it maps back to exact offsets (lib/review/selection-offsets.ts).
 */
export function ArticleText({ body, items, selectedId, onSelect, dimmedIds = null, rootRef }: Props) {
  const lines = useMemo(() => segmentLines(body, items), [body, items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const idsByLine = useMemo(() => lines.map((l) => new Set(l.segments.flatMap((s) => s.spanIds))), [lines]);

  // One listener for every mark: the innermost mark under the pointer is the item meant.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // Letting go after selecting words is a click too: an editor marking a span is not picking an item.
    if (window.getSelection()?.isCollapsed === false) return;
    const mark = (event.target as Element).closest("[data-item-id]");
    const id = mark?.getAttribute("data-item-id");
    if (id) onSelect(id);
  };

  return (
    <div ref={rootRef} onClick={onClick} className="article-text space-y-4 font-serif text-[1.0625rem] leading-8 text-stone-900" data-testid="article-text">
      {lines.map((line, i) =>
        line.start === line.end ? null : (
          <Paragraph
            key={line.start}
            line={line}
            byId={byId}
            selectedId={selectedId && idsByLine[i]!.has(selectedId) ? selectedId : null}
            dimmedIds={dimmedIds}
          />
        ),
      )}
    </div>
  );
}

interface ParagraphProps {
  line: Line;
  byId: Map<string, SpanItem>;
  selectedId: string | null;
  dimmedIds: ReadonlySet<string> | null;
}

const Paragraph = memo(function Paragraph({ line, byId, selectedId, dimmedIds }: ParagraphProps) {
  return (
    // data-body-start is BODY_START_ATTR: where this paragraph's text begins in the body.
    <p className="whitespace-pre-wrap break-words" data-body-start={line.start}>
      {line.segments.map((segment) => {
        // Innermost span first, each wrapped by the one outside it.
        let node: ReactNode = segment.text;
        for (let i = segment.spanIds.length - 1; i >= 0; i--) {
          const item = byId.get(segment.spanIds[i]!);
          if (!item) continue;
          node = (
            <ItemMark
              item={item}
              selected={item.id === selectedId}
              dimmed={!!dimmedIds?.has(item.id)}
              first={segment.start === item.start}
              last={segment.end === item.end}
            >
              {node}
            </ItemMark>
          );
        }
        return <Fragment key={segment.start}>{node}</Fragment>;
      })}
    </p>
  );
});
