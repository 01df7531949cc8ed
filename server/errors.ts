/**
 * Domain errors, thrown by the service layer and turned into HTTP statuses and form messages
 * in one place each (app/api/_lib/respond.ts, app/_lib/action-result.ts).
 */
export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "validation"
  | "too_many_attempts";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation: 422,
  too_many_attempts: 429,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field name → messages, for forms and 422 bodies. */
    readonly fields?: Record<string, string[]>,
    /** Extra body members, e.g. the current item on a conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const unauthenticated = () => new AppError("unauthenticated", "Sign in first.");
export const forbidden = (what: string) => new AppError("forbidden", `Your role may not ${what}.`);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
