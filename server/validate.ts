import "server-only";
import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Parses input with a shared zod schema; failures become one 422 with a message per field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationError(result.error);
}

/** A zod failure as the 422 the API and forms show: the first problem as the message, every one by field. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  return new AppError("validation", first ? `${first.path.join(".") || "input"}: ${first.message}` : "Invalid input.", fields);
}
