import { readFileSync } from "node:fs";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { users } from "@/db/schema.ts";
import { OPERATOR, type Actor } from "@/server/actor.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { AppError } from "@/server/errors.ts";
import { createUser } from "@/server/users/create-user.ts";
import { DEMO_ACCOUNTS } from "./demo-accounts.ts";

/** The seed articles, with the metadata their files do not carry. */
export const SEED_ARTICLES = [
  {
    file: "bisnis-2023-01-16-nato-heavy-weapons.txt",
    title: "NATO: Pengiriman Senjata Berat ke Ukraina Akan Bertambah",
    sourceName: "Bisnis.com",
    sourceUrl: "https://kabar24.bisnis.com/read/20230116/19/1618458/nato-pengiriman-senjata-berat-ke-ukraina-akan-bertambah",
    publishedAt: "2023-01-16",
    language: "id" as const,
  },
];

/**
 * Demo accounts and the seed article, extracted. Safe to run twice: accounts that exist and
 * articles already imported are left as they are.
 */
export async function seedDemo(db: Db, log: (line: string) => void = () => {}) {
  for (const account of DEMO_ACCOUNTS) {
    try {
      await createUser(db, OPERATOR, account);
      log(`account ${account.email} (${account.role})`);
    } catch (e) {
      if (!(e instanceof AppError && e.code === "conflict")) throw e; // the account is there already
    }
  }
  const [editor] = await db.select().from(users).where(sqlEmail("editor@attest.local")).limit(1);
  const actor: Actor = editor ? { id: editor.id, email: editor.email, name: editor.name, role: editor.role } : OPERATOR;
  for (const article of SEED_ARTICLES) {
    const body = readFileSync(path.join(process.cwd(), "seeds", article.file), "utf8");
    const { document, duplicate, counts } = await importDocument(db, actor, { ...article, body });
    if (!duplicate) log(`article "${document.title}" (${counts.quotes} quotes, ${counts.claims} claims)`);
  }
}

/** The demo, only into a database that has never been used: the embedded default's first start. */
export async function seedIfEmpty(db: Db, log?: (line: string) => void) {
  if (await isEmpty(db)) await seedDemo(db, log);
}

async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

function sqlEmail(email: string) {
  return sql`lower(${users.email}) = ${email}`;
}
