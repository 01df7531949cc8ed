import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, documents, items, people, users, verdicts } from "@/db/schema.ts";
import type { QuoteRecord } from "@/lib/export/quote-record.ts";
import { quoteExportSchema } from "@/lib/validations/export-query.ts";
import { requireRole, type Actor } from "../actor.ts";
import { itemLink } from "@/lib/export/link-base.ts";
import { UUID } from "@/lib/uuid.ts";
import { appearancesOf } from "../items/appearances.ts";
import { validate } from "../validate.ts";

/**
 * The quotes a quote sheet holds (verified by default), with their sources and who reviewed them.
 * Links start at `linkBase` (server/config.ts exportLinkBase).
 */
export async function listQuoteRecords(db: Db, actor: Actor | null, query: unknown, linkBase: string): Promise<QuoteRecord[]> {
  requireRole(actor, "viewer", "export quote sheets");
  const q = validate(quoteExportSchema, query);
  const where: (SQL | undefined)[] = [eq(items.type, "quote"), isNull(items.removedAt)];
  if (q.status !== "all") where.push(eq(items.status, q.status));
  if (q.documentId) where.push(eq(items.documentId, q.documentId));
  if (q.speaker) {
    where.push(
      UUID.test(q.speaker)
        ? eq(items.speakerId, q.speaker)
        : // An equality, not ILIKE: a name's own % or _ is no wildcard.
          or(sql`lower(${people.name}) = lower(${q.speaker})`, sql`exists (select 1 from unnest(${people.aliases}) a where lower(a) = lower(${q.speaker}))`),
    );
  }
  if (q.from) where.push(gte(documents.publishedAt, q.from));
  if (q.to) where.push(lte(documents.publishedAt, q.to));
  const rows = await db
    .select({ item: items, document: documents, speaker: people })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(...where))
    .orderBy(asc(people.name), desc(documents.publishedAt), asc(documents.id), asc(items.start));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.item.id);
  const cites = await db
    .select({ itemId: citations.itemId, title: citations.title, url: citations.url })
    .from(citations)
    .where(and(inArray(citations.itemId, ids), isNull(citations.removedAt)))
    .orderBy(asc(citations.createdAt));
  // The verdict that gave each item its present status: its newest row.
  const latest = await db
    .selectDistinctOn([verdicts.itemId], { itemId: verdicts.itemId, at: verdicts.createdAt, by: users.name })
    .from(verdicts)
    .leftJoin(users, eq(users.id, verdicts.createdBy))
    .where(inArray(verdicts.itemId, ids))
    .orderBy(verdicts.itemId, desc(verdicts.version));
  const byItem = new Map(latest.map((v) => [v.itemId, v]));
  const appearances = await appearancesOf(db, ids);
  return rows.map(({ item, document, speaker }) => ({
    itemId: item.id,
    itemUrl: itemLink(linkBase, document.id, item.id),
    speaker: speaker?.name ?? "Unattributed",
    speakerTitle: speaker?.title ?? null,
    quote: item.text,
    kind: item.kind ?? "direct",
    cue: item.cue,
    documentId: document.id,
    documentTitle: document.title,
    sourceName: document.sourceName,
    sourceUrl: document.sourceUrl,
    publishedAt: document.publishedAt,
    verdict: item.status,
    reviewer: byItem.get(item.id)?.by ?? null,
    reviewedAt: byItem.get(item.id)?.at.toISOString() ?? null,
    citations: cites.filter((c) => c.itemId === item.id).map(({ title, url }) => ({ title, url })),
    appearances: (appearances.get(item.id) ?? []).map(({ status, ...a }) => ({ ...a, verdict: status })),
  }));
}
