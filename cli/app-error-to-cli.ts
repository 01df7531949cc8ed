import type { AppError } from "@/server/errors.ts";
import { CliError } from "./cli-error.ts";

/**
 * A service error as one line for the terminal. Validation errors list every field's
 * messages, under the option that set the field where there is one ("--email: …").
 */
export function describeAppError(error: AppError, flags: Record<string, string> = {}): string {
  if (error.code !== "validation" || !error.fields) return error.message;
  return Object.entries(error.fields)
    .map(([field, messages]) => `${flags[field] ?? field}: ${messages.join(" ")}`)
    .join("; ");
}

/** Invalid input is exit 2, like a usage error; the service's other refusals (conflict, not found) exit 1. */
export function cliErrorFrom(error: AppError, flags: Record<string, string> = {}): CliError {
  return new CliError(describeAppError(error, flags), error.code === "validation" ? 2 : 1);
}
