// Proof that the bare server runs the app's SQL: the app's own service functions run with a
// logging drizzle (the same builders the routes call), and every statement they send is
// compared with the one app-sql.ts builds for the same input. Parameters that are the time
// of the call are compared as "a time". Any difference fails the bench, with both texts.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema.ts";
import type { Db } from "@/db/client.ts";
import { listDocuments } from "@/server/documents/list-documents.ts";
import { getItem } from "@/server/items/get-item.ts";
import { listItems } from "@/server/items/list-items.ts";
import { hashToken } from "@/server/tokens/create-token.ts";
import { authenticateToken } from "@/server/tokens/authenticate-token.ts";
import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import * as q from "./app-sql.ts";
import { parseItemsQuery } from "./bare-routes.ts";

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const normal = (params: unknown[]) => JSON.stringify(params.map((p) => (typeof p === "string" && TIME.test(p) ? "<time>" : p)));

/** Statement-by-statement differences between what the app sent and what app-sql.ts builds. */
export function statementDifferences(what: string, app: q.Statement[], bare: q.Statement[]): string[] {
  const out: string[] = [];
  if (app.length !== bare.length) out.push(`${what}: the app sent ${app.length} statements, app-sql.ts has ${bare.length}`);
  for (let i = 0; i < Math.min(app.length, bare.length); i++) {
    const a = app[i]!;
    const b = bare[i]!;
    if (a.text !== b.text) out.push(`${what}, statement ${i + 1}: the text differs\n  app:      ${a.text}\n  app-sql:  ${b.text}`);
    else if (normal(a.params) !== normal(b.params)) out.push(`${what}, statement ${i + 1}: the parameters differ\n  app:      ${normal(a.params)}\n  app-sql:  ${normal(b.params)}`);
  }
  return out;
}

export interface ParityInput {
  url: string;
  token: string;
  /** The paths of the GET /api/items routes the bench times, with their query strings. */
  itemPaths: string[];
  itemId: string;
  /** An item the check may write a verdict on (it has a citation), and its current version. */
  verdictItem: { id: string; version: number };
}

/** Every difference found; an empty list means the bare server's SQL is the app's. */
export async function checkSqlParity(input: ParityInput): Promise<string[]> {
  const client = postgres(input.url, { max: 2, onnotice: () => {} });
  let sent: q.Statement[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (text, params) => void sent.push({ text, params }) } }) as unknown as Db;
  const take = () => {
    const s = sent;
    sent = [];
    return s;
  };
  const problems: string[] = [];
  try {
    const actor = await authenticateToken(db, input.token);
    if (!actor?.id) throw new Error("the bench token is not valid in the bench database");
    problems.push(...statementDifferences("token check", take(), [q.tokenCheck(hashToken(input.token))]));

    for (const path of input.itemPaths) {
      const params = new URL(path, "http://x").searchParams;
      await listItems(db, actor, Object.fromEntries(params));
      const f = parseItemsQuery(params);
      if ("body" in f) throw new Error(`${path}: the bare server refuses this query`);
      const expected: q.Statement[] = [];
      if (f.speakerName) {
        expected.push(q.speakersNamedStatement(f.speakerName));
        f.speakerIds = (await client.unsafe(expected[0]!.text, expected[0]!.params as never[]).values()).map((r) => r[0] as string);
      }
      if (!f.speakerIds || f.speakerIds.length) expected.push(q.listItemsStatement(f));
      problems.push(...statementDifferences(`GET ${path}`, take(), expected));
    }

    const { documents } = await listDocuments(db, actor, {});
    const page = documents.map((d) => d.id);
    problems.push(...statementDifferences("GET /api/documents", take(), [q.listDocumentsStatement(20), ...(page.length ? [q.documentCountsStatement(page)] : [])]));

    await getItem(db, actor, input.itemId);
    problems.push(...statementDifferences("GET /api/items/:id", take(), [q.getItemStatement(input.itemId), q.itemCitationsStatement(input.itemId), q.itemVerdictsStatement(input.itemId)]));

    const { id, version } = input.verdictItem;
    const [before] = await client<{ status: string; speaker_id: string | null }[]>`select status, speaker_id from items where id = ${id}`;
    await setVerdict(db, actor, id, { status: "verified", version });
    const now = new Date().toISOString();
    problems.push(
      ...statementDifferences("POST /api/items/:id/verdict", take(), [
        q.lockItemStatement(id),
        q.countCitationsStatement(id),
        q.updateItemStatement(id, "verified", version + 1, version, now),
        q.insertVerdictStatement({ itemId: id, from: before!.status, to: "verified", note: null, version: version + 1, by: actor.id }),
        q.insertAuditStatement({ actorId: actor.id, action: "item.verdict", targetType: "item", targetId: id, before: { status: before!.status, version }, after: { status: "verified", version: version + 1, note: null } }),
        ...(before!.speaker_id ? [q.speakerStatement(before!.speaker_id)] : []),
      ]),
    );
    return problems;
  } finally {
    await client.end();
  }
}
