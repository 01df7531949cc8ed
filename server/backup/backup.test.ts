import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client.ts";
import { people } from "@/db/schema.ts";
import { openTestDatabase, onPostgres } from "@/test/database.ts";
import { firstItem, openSeededDatabase } from "@/test/seeded.ts";
import { OPERATOR } from "../actor.ts";
import { addCitation } from "../citations/add-citation.ts";
import { removeCitation } from "../citations/change-citation.ts";
import { getDocument } from "../documents/get-document.ts";
import { AppError } from "../errors.ts";
import { addItem } from "../items/add-item.ts";
import { correctItem } from "../items/correct-item.ts";
import { mergePeople } from "../people/merge-people.ts";
import { authenticateToken } from "../tokens/authenticate-token.ts";
import { createToken } from "../tokens/create-token.ts";
import { verifyCredentials } from "../users/verify-credentials.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { exportAll } from "./export-all.ts";
import { importAll } from "./import-all.ts";
import type { Backup } from "./tables.ts";

/** Every kind of row a backup carries: accounts, a token, the seed article, verdicts, citations, a correction, a removal, a merge. */
async function buildRichDatabase(source: Awaited<ReturnType<typeof openSeededDatabase>>) {
  const { database, as, documentId } = source;
  const db = database.db;
  const { token } = await createToken(db, OPERATOR, { email: as.editor.email, name: "newsroom", scope: "read-write" });
  const claim = await firstItem(database, as.editor, documentId, "claim");
  const quote = await firstItem(database, as.editor, documentId, "quote");
  const { citation } = await addCitation(db, as.reviewer, claim.id, { url: "https://example.org/a", title: "Source A", stance: "supports", excerpt: "…" });
  const { citation: withdrawn } = await addCitation(db, as.reviewer, claim.id, { url: "https://example.org/b", title: "Source B", stance: "refutes" });
  await removeCitation(db, as.reviewer, withdrawn.id);
  const v1 = await setVerdict(db, as.reviewer, claim.id, { status: "verified", note: "Checked against A", version: claim.version });
  await setVerdict(db, as.reviewer, claim.id, { status: "disputed", version: v1.item.version });
  await correctItem(db, as.editor, quote.id, { version: quote.version, kind: quote.kind === "direct" ? "indirect" : "direct" });
  const claims = (await getDocument(db, as.editor, documentId)).items.filter((i) => i.type === "claim");
  const other = claims.find((i) => i.id !== claim.id)!;
  await correctItem(db, as.editor, other.id, { version: other.version, removed: true });
  const { item: zel } = await addItem(db, as.editor, documentId, { type: "quote", kind: "direct", start: 0, end: 10, speaker: "Zelensky Alias" });
  const [keep] = await db.insert(people).values({ name: "Kept Person", kind: "person", title: "Minister", aliases: ["K. Person"] }).returning();
  const [merge] = await db.select().from(people).where(eq(people.name, "Zelensky Alias"));
  await mergePeople(db, as.editor, { keepId: keep!.id, mergeId: merge!.id });
  return { token, citationId: citation.id, mergedItemId: zel.id };
}

const countRows = (backup: Backup) => Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0);

async function expectEmpty(database: Database) {
  const backup = await exportAll(database.db, OPERATOR);
  expect(countRows(backup)).toBe(0);
}

describe("exportAll → importAll", () => {
  let source: Awaited<ReturnType<typeof openSeededDatabase>>;
  let rich: Awaited<ReturnType<typeof buildRichDatabase>>;
  let exported: Backup;
  const targets: Database[] = [];
  const fresh = async () => {
    const d = await openTestDatabase();
    targets.push(d);
    return d;
  };

  beforeAll(async () => {
    source = await openSeededDatabase();
    rich = await buildRichDatabase(source);
    exported = await exportAll(source.database.db, OPERATOR);
  });
  afterAll(async () => {
    await Promise.all(targets.map((d) => d.close()));
    await source?.database.close();
  });

  it("carries every kind of row, with ids and ISO timestamps", () => {
    const { tables } = exported;
    expect(exported).toMatchObject({ format: "attest-backup", version: 1 });
    expect(tables.users).toHaveLength(4);
    expect(tables.users[0]).toHaveProperty("passwordHash", expect.any(String));
    expect(tables.apiTokens).toHaveLength(1);
    expect(tables.apiTokens[0]).not.toHaveProperty("token");
    expect(tables.documents).toHaveLength(1);
    expect(tables.citations).toHaveLength(2);
    expect(tables.citations.some((c) => c.removedAt !== null)).toBe(true);
    expect(tables.verdicts).toHaveLength(2);
    expect(tables.items.some((i) => i.removedAt !== null)).toBe(true);
    expect(tables.people.find((p) => p.name === "Kept Person")).toMatchObject({ aliases: ["K. Person", "Zelensky Alias"] });
    expect(tables.auditEvents.length).toBeGreaterThan(5);
    expect(tables.documents[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it("round-trips into a fresh database and exports identically", async () => {
    const target = await fresh();
    const counts = await importAll(target.db, OPERATOR, JSON.parse(JSON.stringify(exported)));
    expect(counts).toMatchObject({ users: 4, apiTokens: 1, documents: 1, citations: 2, verdicts: 2 });
    const again = await exportAll(target.db, OPERATOR);
    expect(again.tables).toEqual(exported.tables);

    // Accounts, tokens and the audit sequence work on the new database.
    expect(await authenticateToken(target.db, rich.token)).toMatchObject({ email: source.as.editor.email });
    expect(await verifyCredentials(target.db, { email: "admin@test.local", password: "admin-password-123" })).toMatchObject({ role: "admin" });
    await createToken(target.db, OPERATOR, { email: "viewer@test.local" });
    const after = await exportAll(target.db, OPERATOR);
    const maxId = Math.max(...exported.tables.auditEvents.map((e) => e.id as number));
    expect(after.tables.auditEvents.at(-1)!.id).toBeGreaterThan(maxId);
  });

  it.skipIf(!onPostgres())("moves a PGlite database to PostgreSQL and back unchanged", async () => {
    const lite = await openDatabase({ dataDir: "memory://" });
    targets.push(lite);
    await importAll(lite.db, OPERATOR, exported);
    const fromLite = await exportAll(lite.db, OPERATOR);
    expect(fromLite.tables).toEqual(exported.tables);
    const pg = await fresh();
    await importAll(pg.db, OPERATOR, JSON.parse(JSON.stringify(fromLite)));
    expect((await exportAll(pg.db, OPERATOR)).tables).toEqual(exported.tables);
  });

  it("refuses a database that is not empty, and writes nothing", async () => {
    const target = await fresh();
    await importAll(target.db, OPERATOR, { ...exported, tables: { ...exported.tables, users: [exported.tables.users[0]!], apiTokens: [], documents: [], people: [], items: [], citations: [], verdicts: [], auditEvents: [] } });
    const before = await exportAll(target.db, OPERATOR);
    await expect(importAll(target.db, OPERATOR, exported)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("not empty (users 1)") });
    expect((await exportAll(target.db, OPERATOR)).tables).toEqual(before.tables);
  });

  it("refuses a wrong format or version before touching the database", async () => {
    const target = await fresh();
    for (const bad of [null, "text", [], { ...exported, format: "other" }, { ...exported, version: 2 }, { ...exported, tables: { ...exported.tables, items: "x" } }]) {
      await expect(importAll(target.db, OPERATOR, bad)).rejects.toMatchObject({ code: "validation" });
    }
    await expect(importAll(target.db, OPERATOR, { ...exported, version: 2 })).rejects.toThrow(/version 1/);
    await expectEmpty(target);
  });

  it("leaves the target empty when a row late in the backup breaks a constraint", async () => {
    const target = await fresh();
    const citations = exported.tables.citations.map((c, i, all) => (i === all.length - 1 ? { ...c, url: "ftp://not-allowed" } : c));
    const err = await importAll(target.db, OPERATOR, { ...exported, tables: { ...exported.tables, citations } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/citations were refused by the database: .*citations_url_check/);
    await expectEmpty(target);
  });

  it("leaves the target empty on an unknown column or a bad timestamp", async () => {
    const target = await fresh();
    const badColumn = exported.tables.verdicts.map((v) => ({ ...v, extra: 1 }));
    await expect(importAll(target.db, OPERATOR, { ...exported, tables: { ...exported.tables, verdicts: badColumn } })).rejects.toThrow(/unknown column "extra"/);
    const badDate = exported.tables.auditEvents.map((e) => ({ ...e, at: "yesterday" }));
    await expect(importAll(target.db, OPERATOR, { ...exported, tables: { ...exported.tables, auditEvents: badDate } })).rejects.toThrow(/invalid timestamp in "at"/);
    await expectEmpty(target);
  });

  it("is for admins only", async () => {
    await expect(exportAll(source.database.db, source.as.editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(importAll(source.database.db, source.as.editor, exported)).rejects.toMatchObject({ code: "forbidden" });
  });
});
