import "server-only";
import { MIN_PASSWORD } from "@/lib/validations/user.ts";
import { AppError } from "../errors.ts";

let common: Promise<Set<string>> | null = null;

/**
 * zxcvbn-ts's list of common passwords (about 49,000, from real leaks), read once and only
 * when a password is set: only the entries as long as our minimum could ever match.
 */
function commonPasswords(): Promise<Set<string>> {
  return (common ??= import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set(dictionary["passwords-common"].filter((p) => p.length >= MIN_PASSWORD).map((p) => p.toLowerCase()))));
}

/**
 * What the length rule (lib/validations/user.ts) cannot see: a password in the common list,
 * the account's own email, or one character over and over. Field-named like any 422.
 */
export async function assertAcceptablePassword(password: string, email: string, field = "password"): Promise<void> {
  const lower = password.toLowerCase();
  const refuse = (why: string) => new AppError("validation", `${field}: ${why}`, { [field]: [why] });
  if ((await commonPasswords()).has(lower)) throw refuse("That password is on a list of common passwords; choose another.");
  if (lower === email.toLowerCase() || lower === email.split("@")[0]!.toLowerCase()) throw refuse("Do not use your email address as a password.");
  if (new Set(password).size < 4) throw refuse("Use more than three different characters.");
}
