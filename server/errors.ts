import "server-only";
import { databaseOutage } from "@/db/outage.ts";
import type { ConflictPayload } from "@/lib/review/panel-types.ts";

/**
 * Domain errors, thrown by the service layer and turned into HTTP statuses and form messages
 * in one place each (app/api/_lib/respond.ts, app/_lib/action-result.ts). A case that a caller
 * acts on has a class of its own, so callers test `instanceof`, not codes or sentences.
 */
export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "validation"
  | "url_refused"
  | "url_unreachable"
  | "too_many_attempts"
  | "unavailable";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation: 422,
  url_refused: 422,
  url_unreachable: 422,
  too_many_attempts: 429,
  unavailable: 503,
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

/**
 * A save against an item that someone else changed first. It carries the item as it is now
 * and its last verdict: the 409 body spreads them beside the message, the panel shows them.
 */
export class ItemConflictError extends AppError {
  constructor(
    message: string,
    readonly payload: ConflictPayload,
  ) {
    super("conflict", message, undefined, { ...payload });
  }
}

/** A verdict other than "pending" on an item without a citation: a 422 on the status field. */
export class NeedsCitationError extends AppError {
  constructor(message: string) {
    super("validation", message, { status: ["Needs at least one citation."] });
  }
}

/** A page cursor that was edited by hand or is from an older sort: the list starts again. */
export class BadCursorError extends AppError {
  constructor() {
    super("bad_request", "That page cursor is not valid; start again from the first page.");
  }
}

/** An email locked out after too many failed sign-ins, for `minutes` more. */
export class TooManyAttemptsError extends AppError {
  readonly minutes: number;
  /** `held` says what is being held back: "for x@y.id from this address", "from this address", … */
  constructor(held: string, msBeforeNext: number) {
    const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
    super("too_many_attempts", `Too many sign-in attempts ${held}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.minutes = minutes;
  }
}

/**
 * The database is down, restarting, unreachable or too slow: a 503 saying so, never a 500.
 * A write cut off this way may or may not have been committed, so it does not say
 * "nothing was saved".
 */
export class DatabaseUnavailableError extends AppError {
  constructor(
    readonly reason: "unreachable" | "timeout",
    /** The driver's sentence, e.g. "connect ECONNREFUSED 127.0.0.1:5432", for logLine. */
    private readonly driverMessage = "",
  ) {
    super(
      "unavailable",
      reason === "timeout" ? "The database took too long to answer. Try again in a moment." : "The database cannot be reached just now. Try again in a moment.",
    );
  }

  /** What the server logs for it: one line, no stack (a restart makes hundreds). */
  logLine(): string {
    return `attest: database ${this.reason === "timeout" ? "timed out" : "unavailable"}: ${this.driverMessage}`;
  }
}

/** A driver's connection or timeout error as a DatabaseUnavailableError; anything else as it is. */
export function withOutageAsAppError(error: unknown): unknown {
  const outage = error instanceof AppError ? null : databaseOutage(error);
  return outage ? new DatabaseUnavailableError(outage, rootMessage(error)) : error;
}

// The driver's own sentence under drizzle's "Failed query: …".
function rootMessage(error: unknown): string {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message || String((e as { code?: unknown }).code ?? e.name) : String(e);
}

/**
 * An article address Attest will not fetch (not http(s), a private address, not a web page,
 * too large) or could not fetch (no answer in time, an error status, too many redirects): both
 * 422s, told apart by code so a client can offer "paste the text instead" for the second.
 */
export class UrlRefusedError extends AppError {
  constructor(message: string) {
    super("url_refused", message, { url: [message] });
  }
}

export class UrlUnreachableError extends AppError {
  constructor(message: string) {
    super("url_unreachable", message, { url: [message] });
  }
}

export const unauthenticated = () => new AppError("unauthenticated", "Sign in first.");
export const forbidden = (what: string) => new AppError("forbidden", `Your role may not ${what}.`);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
