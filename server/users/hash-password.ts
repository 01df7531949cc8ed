import "server-only";
import bcrypt from "bcryptjs";

// Cost 10: about 60 ms a hash here, slow for a guesser, quick enough for a sign-in.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
