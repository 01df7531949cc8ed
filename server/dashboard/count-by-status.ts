import "server-only";
import { isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";

/** Quotes and claims across every document, counted by status: the newsroom's dashboard. */
export async function countByStatus(db: Db, actor: Actor | null) {
  requireRole(actor, "viewer", "read the dashboard");
  const rows = await db
    .select({ type: items.type, status: items.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(items)
    .where(isNull(items.removedAt))
    .groupBy(items.type, items.status);
  const [docs] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(documents);
  const empty = () => ({ pending: 0, verified: 0, disputed: 0, unverifiable: 0 });
  const byType = { quote: empty(), claim: empty() };
  for (const r of rows) byType[r.type][r.status] = r.n;
  return { documents: docs?.n ?? 0, quotes: byType.quote, claims: byType.claim };
}
