import { AppError } from "@/server/errors.ts";

/** What a form's server action answers when it does not redirect: one message, and messages per field. */
export interface ActionState {
  message?: string;
  fields?: Record<string, string[]>;
}

/**
 * The one place where a domain error becomes what a form shows. Validation errors go under
 * their fields; other domain errors are a message. Anything else is a bug or an outage: it is
 * logged on the server and the visitor gets a plain sentence, never a stack trace, and keeps
 * what they typed.
 */
export function actionError(error: unknown, failed = "That did not work. Nothing was saved; try again."): ActionState {
  if (error instanceof AppError) {
    if (error.code === "validation") return { message: "Check the fields marked below.", fields: error.fields };
    return { message: error.message, fields: error.fields };
  }
  console.error(error);
  return { message: failed };
}
