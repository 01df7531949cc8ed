import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import bcrypt from "bcryptjs";
import PQueue from "p-queue";

/**
 * scrypt runs on libuv's thread pool, so forty sign-ins at once no longer stall every other
 * request the way bcryptjs (JavaScript, on the event loop) did. N = 2^15, r = 8: 32 MiB and
 * about 180 ms a hash on the 2-core servers we run on.
 */
const PARAMS = { N: 2 ** logN(), r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/** Only the test suite lowers the cost (vitest.config.ts); nothing below 2^10 is accepted. */
function logN(): number {
  const n = Number(process.env.ATTEST_SCRYPT_LOG_N);
  return Number.isInteger(n) && n >= 10 && n <= 20 ? n : 15;
}
const PREFIX = `$scrypt$N=${PARAMS.N},r=${PARAMS.r},p=${PARAMS.p}$`;
const SCRYPT_HASH = /^\$scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/**
 * At most two hashes at once, the rest waiting here rather than on libuv's four threads, which
 * Auth.js's WebCrypto (session cookies, CSRF tokens), file reads and DNS look-ups share: a flood
 * of sign-ins then slows sign-ins, not every other request. An account's usual address waits
 * in front of strangers (see verify-credentials.ts).
 */
const hashing = new PQueue({ concurrency: 2 });

/** Hashes waiting for a thread: the sign-in turns strangers away while too many are. */
export function hashesWaiting(): number {
  return hashing.size;
}

function derive(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number }, bytes: number, priority = 0): Promise<Buffer> {
  // maxmem must exceed 128 * N * r, or Node refuses parameters above its 32 MiB default.
  const maxmem = 256 * options.N * options.r;
  return hashing.add(
    () => new Promise<Buffer>((resolve, reject) => scrypt(password.normalize("NFC"), salt, bytes, { ...options, maxmem }, (e, key) => (e ? reject(e) : resolve(key)))),
    { priority },
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_BYTES);
  return `${PREFIX}${salt.toString("base64")}$${key.toString("base64")}`;
}

/**
 * Checks a password against a stored hash: scrypt as made above, or bcrypt from before the
 * switch (accepted, and re-hashed by the caller, see needsRehash).
 */
export async function checkPassword(password: string, hash: string, priority = 0): Promise<boolean> {
  const m = SCRYPT_HASH.exec(hash);
  if (m) {
    const expected = Buffer.from(m[5]!, "base64");
    const key = await derive(password, Buffer.from(m[4]!, "base64"), { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) }, expected.length, priority);
    return timingSafeEqual(key, expected);
  }
  if (/^\$2[aby]\$/.test(hash)) return bcrypt.compare(password, hash);
  return false;
}

/** A hash from bcrypt or from older scrypt parameters: replace it while the password is at hand. */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(PREFIX);
}
