import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/db/client.ts";
import type { Role } from "@/lib/roles.ts";
import type { Actor } from "@/server/actor.ts";
import { actors } from "./actors.ts";
import { openTestDatabase } from "./database.ts";
import { openSeededDatabase } from "./seeded.ts";

/** A fresh database with an account per role for the test file, closed when it ends. */
export function useDatabase() {
  const t = {} as { database: Database; as: Record<Role, Actor> };
  beforeAll(async () => {
    t.database = await openTestDatabase();
    t.as = await actors(t.database.db);
  });
  afterAll(() => t.database.close());
  return t;
}

/** The same, with the seed article imported: `documentId` is its id. */
export function useSeededDatabase() {
  const t = {} as { database: Database; as: Record<Role, Actor>; documentId: string };
  beforeAll(async () => {
    Object.assign(t, await openSeededDatabase());
  });
  afterAll(() => t.database.close());
  return t;
}
