import { AppError, DatabaseUnavailableError, withOutageAsAppError } from "@/server/errors.ts";

/** What a form's server action answers when it does not redirect: one message, and messages per field. */
export interface ActionState {
  message?: string;
  fields?: Record<string, string[]>;
}

/**
 * The one place where a domain error becomes what a form shows. Validation errors go under
 * their fields; other domain errors are a message, a database outage too (logged in one line).
 * Anything else is a bug: it is logged on the server and the visitor gets a plain sentence,
 * never a stack trace, and keeps what they typed.
 */
export function actionError(thrown: unknown, failed = "That did not work. Nothing was saved; try again."): ActionState {
  const error = withOutageAsAppError(thrown);
  if (error instanceof DatabaseUnavailableError) console.error(error.logLine());
  if (error instanceof AppError) {
    if (error.code === "validation") return { message: "Check the fields marked below.", fields: error.fields };
    return { message: error.message, fields: error.fields };
  }
  console.error(thrown);
  return { message: failed };
}
