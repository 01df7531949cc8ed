import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import { detectLanguage, extract, speakerKind } from "@/lib/extract/index.ts";
import { contentHash } from "@/lib/import/content-hash.ts";
import { normaliseBody } from "@/lib/import/normalise-body.ts";
import { importDocumentSchema } from "@/lib/validations/document.ts";
import { requireRole, type Actor } from "@/server/actor.ts";
import { recordAudit } from "@/server/audit.ts";
import { toDocumentView } from "@/server/documents/document-view.ts";
import { titleFrom, type ImportResult } from "@/server/documents/import-document.ts";
import { findOrCreatePerson } from "@/server/people/find-or-create-person.ts";
import { validate } from "@/server/validate.ts";

/**
 * importDocument as it was before imports were batched (issue 9): one transaction per article,
 * one insert per item chunk and a look-up and insert per speaker. Kept as the reference the
 * batched import is compared with; not used by the app.
 */
export async function importOneByOne(db: Db, actor: Actor | null, input: unknown): Promise<ImportResult> {
  const who = requireRole(actor, "editor", "import documents");
  const data = validate(importDocumentSchema, input);
  const body = normaliseBody(data.body);
  const hash = contentHash(body);
  const existing = await findByHash(db, hash);
  if (existing) return existing;

  const language = data.language ?? detectLanguage(body);
  const result = extract(body, { lang: language });
  return db.transaction(async (tx) => {
    const [document] = await tx
      .insert(documents)
      .values({
        title: data.title,
        body,
        contentHash: hash,
        sourceName: data.sourceName ?? null,
        sourceUrl: data.sourceUrl ?? null,
        publishedAt: data.publishedAt ?? null,
        language,
        extractor: result.extractor,
        createdBy: who.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!document) return (await findByHash(tx as unknown as Db, hash))!; // a twin import won the race

    const speakerIds = new Map<string, string>();
    for (const q of result.quotes) {
      if (q.speaker && !speakerIds.has(q.speaker)) {
        const person = await findOrCreatePerson(tx, q.speaker, speakerKind(q.speaker), titleFrom(q.speakerMention, q.speaker));
        speakerIds.set(q.speaker, person.id);
      }
    }
    const rows = [
      ...result.quotes.map((q) => ({
        documentId: document.id,
        type: "quote" as const,
        kind: q.kind,
        text: q.text,
        start: q.start,
        end: q.end,
        speakerId: q.speaker ? speakerIds.get(q.speaker)! : null,
        speakerMention: q.speakerMention,
        cue: q.cue,
        score: q.confidence,
        extractor: result.extractor,
      })),
      ...result.claims.map((c) => ({
        documentId: document.id,
        type: "claim" as const,
        kind: null,
        text: c.text,
        start: c.start,
        end: c.end,
        score: c.score,
        signals: c.signals,
        extractor: result.extractor,
      })),
    ];
    // Chunked so a long article stays under the protocol's limit on bound parameters.
    for (let i = 0; i < rows.length; i += 500) await tx.insert(items).values(rows.slice(i, i + 500));
    const counts = { quotes: result.quotes.length, claims: result.claims.length };
    await recordAudit(tx, who, "document.import", { type: "document", id: document.id }, null, {
      title: document.title,
      ...counts,
    });
    return { document: toDocumentView(document), duplicate: false, counts };
  });
}

async function findByHash(db: Db, hash: string): Promise<ImportResult | null> {
  const [doc] = await db.select().from(documents).where(eq(documents.contentHash, hash)).limit(1);
  if (!doc) return null;
  const rows = await db.select({ type: items.type }).from(items).where(eq(items.documentId, doc.id));
  const counts = { quotes: rows.filter((r) => r.type === "quote").length, claims: rows.filter((r) => r.type === "claim").length };
  return { document: toDocumentView(doc), duplicate: true, counts };
}
