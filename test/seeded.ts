import { readFileSync } from "node:fs";
import type { Database } from "@/db/client.ts";
import type { Role } from "@/lib/roles.ts";
import type { Actor } from "@/server/actor.ts";
import { getDocument } from "@/server/documents/get-document.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { actors } from "./actors.ts";
import { openTestDatabase } from "./database.ts";

/** A test database with an account per role and the seed article imported. */
export async function openSeededDatabase(): Promise<{ database: Database; as: Record<Role, Actor>; documentId: string }> {
  const database = await openTestDatabase();
  const as = await actors(database.db);
  const body = readFileSync("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt", "utf8");
  const { document } = await importDocument(database.db, as.editor, { title: "NATO", body });
  return { database, as, documentId: document.id };
}

export async function firstItem(database: Database, actor: Actor, documentId: string, type: "quote" | "claim" = "quote") {
  const { items } = await getDocument(database.db, actor, documentId);
  return items.find((i) => i.type === type)!;
}
