import "server-only";
import { randomInt } from "node:crypto";

// No 0/o or 1/l/i: it can be read out over the phone without doubt.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A temporary password for an invited or reset account: 20 random characters (about 99 bits)
 * in groups of five, to be replaced at first sign-in.
 */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}
