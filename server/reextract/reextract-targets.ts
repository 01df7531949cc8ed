import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents } from "@/db/schema.ts";
import { EXTRACTOR } from "@/lib/extract/index.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";

export interface ReextractTarget {
  id: string;
  title: string;
  extractor: string;
}

/**
 * The documents to run the current extractor on: every one extracted by another version
 * than EXTRACTOR, or with `all` every one; `ids` narrows to those documents (an unknown id
 * is refused before anything runs). Documents already at EXTRACTOR come back as `current`.
 */
export async function reextractTargets(
  db: Db,
  actor: Actor | null,
  opts: { ids?: string[]; all?: boolean } = {},
): Promise<{ extractor: string; targets: ReextractTarget[]; current: ReextractTarget[] }> {
  requireRole(actor, "editor", "re-extract documents");
  const ids = opts.ids?.length ? [...new Set(opts.ids)] : null;
  const bad = ids?.find((id) => !UUID.test(id));
  if (bad) throw notFound(`Document ${bad}`);
  const rows = await db
    .select({ id: documents.id, title: documents.title, extractor: documents.extractor })
    .from(documents)
    .where(ids ? inArray(documents.id, ids) : undefined)
    .orderBy(asc(documents.createdAt), asc(documents.id));
  const missing = ids?.find((id) => !rows.some((r) => r.id === id.toLowerCase()));
  if (missing) throw notFound(`Document ${missing}`);
  const isCurrent = (r: ReextractTarget) => !opts.all && r.extractor === EXTRACTOR;
  return { extractor: EXTRACTOR, targets: rows.filter((r) => !isCurrent(r)), current: rows.filter(isCurrent) };
}
