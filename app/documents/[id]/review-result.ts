import type { ReviewResult } from "@/lib/review/panel-types.ts";
import { AppError, ItemConflictError, NeedsCitationError } from "@/server/errors.ts";
import { actionError } from "../../_lib/action-result.ts";

type Failure = Extract<ReviewResult, { ok: false }>;

/**
 * A review action's error as the panel shows it. Most go through the app's one mapping
 * (actionError); three get more, because the panel acts on them: a stale save carries the
 * item as it is now, a verdict without a citation keeps the service's own sentence (it says
 * what to do, where "check the fields" would not), and a vanished item says so.
 */
export function reviewFailure(error: unknown, failed: string): Failure {
  if (error instanceof ItemConflictError) return { ok: false, message: error.message, conflict: error.payload };
  if (error instanceof NeedsCitationError) return { ok: false, message: error.message, fields: error.fields, needsCitation: true };
  if (error instanceof AppError && error.code === "not_found") return { ok: false, message: error.message, gone: true };
  const { message, fields } = actionError(error, failed);
  return { ok: false, message: message ?? failed, fields };
}
