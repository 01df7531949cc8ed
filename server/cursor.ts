import "server-only";
import type { z } from "zod";
import { BadCursorError } from "./errors.ts";

/** Opaque page cursors: the sort key of the last row, so pages stay stable as rows are added. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * The sort key in a cursor, checked against `shape`: a cursor is client input, and a
 * tampered one must be a 400, not a database error about a malformed uuid.
 */
export function decodeCursor<T extends z.ZodTuple>(cursor: string | undefined, shape: T): z.output<T> | null {
  if (!cursor) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the error below
  }
  throw new BadCursorError();
}
