import { ZodError } from "zod";
import { API_CSP } from "@/lib/security-headers.ts";
import { AppError, DatabaseUnavailableError, withOutageAsAppError } from "@/server/errors.ts";
import { validationError } from "@/server/validate.ts";

// API answers depend on who asks and change with every verdict: no cache may keep them.
// The policy is also next.config.ts's, but the quote sheet's route is left to set its own.
const HEADERS = { "Cache-Control": "no-store", "Content-Security-Policy": API_CSP };

/** A JSON answer as every /api route gives it. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: HEADERS });
}

/** A JSON-LD answer (schema.org records), uncached like every other API answer. */
export function jsonLd(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { ...HEADERS, "Content-Type": "application/ld+json; charset=utf-8" } });
}

/**
 * The one place an error becomes an HTTP answer: `{ error: { code, message, fields? } }`
 * with the AppError's status. Anything unexpected is logged here and answered with a bare
 * 500, so no stack trace or SQL ever reaches the client. A database outage is a 503 and one
 * log line per request, not a stack trace each: during a restart there are hundreds.
 */
export function errorResponse(error: unknown): Response {
  const known = error instanceof ZodError ? validationError(error) : withOutageAsAppError(error);
  if (known instanceof DatabaseUnavailableError) console.error(known.logLine());
  if (known instanceof AppError) {
    const { code, message, fields, extra, status } = known;
    return json({ error: { code, message, ...(fields && { fields }), ...extra } }, status);
  }
  console.error("attest: unexpected error in an API route:", error);
  return json({ error: { code: "internal", message: "Something went wrong." } }, 500);
}

