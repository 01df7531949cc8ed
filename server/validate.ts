import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Parses input with a shared zod schema; failures become one 422 with a message per field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0];
  throw new AppError("validation", first ? `${first.path.join(".") || "input"}: ${first.message}` : "Invalid input.", fields);
}
