import { sql, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client.ts";

export interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/**
 * The plan of a query with sequential scans priced out: a seeded test database is far too small
 * for the planner to prefer an index on its own, so what is left is the best the indexes allow.
 * A list query that no index can serve shows a seq scan or a sort.
 */
export async function plan(db: Db, query: (db: Db) => SQLWrapper): Promise<PlanNode> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(sql`explain (format json) ${query(tx as unknown as Db)}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
    const cell = Object.values(rows[0]!)[0];
    return (typeof cell === "string" ? JSON.parse(cell) : cell)[0].Plan as PlanNode;
  });
}

/** Every node of a plan, the root first. */
export function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}
