import { format, inspect } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { people } from "@/db/schema.ts";
import { openTestDatabase } from "@/test/database.ts";
import { actionError } from "@/app/_lib/action-result.ts";
import { errorResponse } from "./respond.ts";

// A failed query's error must not carry the query's values into any log: they are emails,
// password and token hashes, notes. Both drivers put them in different places (drizzle's
// message and `params`, the driver's `detail`, PGlite's own `params`).
let database: Database;
beforeAll(async () => void (database = await openTestDatabase()));
afterAll(() => database.close());
afterEach(() => vi.restoreAllMocks());

const SECRET = "Secret Speaker 7f3a9c";

/** Everything the server would print for `error`: our log lines and a plain console.error. */
function logged(error: unknown): string {
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  errorResponse(error);
  actionError(error);
  console.error(error); // as Next.js prints an error that escapes a page
  const text = log.mock.calls.map((args) => format(...args)).join("\n");
  log.mockRestore();
  return `${text}\n${inspect(error, { depth: 10 })}`;
}

describe("a failed query's log line", () => {
  it("has no value from a unique violation, but names the constraint", async () => {
    await database.db.insert(people).values({ name: SECRET });
    const error = await database.db.insert(people).values({ name: SECRET }).catch((e: unknown) => e);
    const text = logged(error);
    expect(text).toContain("people_name_key");
    expect(text).not.toContain("7f3a9c");
  });

  it("has no value from a data exception that quotes it (a bad uuid)", async () => {
    const error = await database.db.select().from(people).where(eq(people.id, "not-a-uuid-7f3a9c")).catch((e: unknown) => e);
    const text = logged(error);
    expect(text).toContain("invalid input syntax for type uuid");
    expect(text).not.toContain("7f3a9c");
  });

  it("has no value from a failure inside a transaction", async () => {
    const error = await database.db
      .transaction(async (tx) => {
        await tx.insert(people).values({ name: `${SECRET} again` });
        await tx.insert(people).values({ name: `${SECRET} AGAIN` });
      })
      .catch((e: unknown) => e);
    expect(logged(error)).not.toContain("7f3a9c");
  });
});
