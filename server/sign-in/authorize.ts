import "server-only";
import { CredentialsSignin } from "next-auth";
import { clientAddress } from "../client-address.ts";
import { AppError, DatabaseUnavailableError, TooManyAttemptsError, withOutageAsAppError } from "../errors.ts";
import { getDb } from "../runtime.ts";
import { startSession } from "../sessions/start-session.ts";
import { verifySignIn } from "../users/verify-credentials.ts";

// Auth.js passes a CredentialsSignin thrown in authorize() to the sign-in action as it is;
// anything else it wraps, logs with a stack and reports as a wrong password.

/** The lock-out. */
export class TooManySignInAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
  constructor(readonly lockout: TooManyAttemptsError) {
    super();
  }
}

/** Wrong details, with how close the lock-out is: the form warns before it happens. */
export class WrongCredentials extends CredentialsSignin {
  constructor(
    readonly triesLeft: number,
    readonly lockMinutes: number,
  ) {
    super();
  }
}

/** The database could not be reached: the form must not say the password was wrong. */
export class SignInUnavailable extends CredentialsSignin {
  override code = "unavailable";
  constructor(readonly outage: DatabaseUnavailableError) {
    super();
  }
}

const REFUSAL_DELAY_MS = 1000;
/** Tries left from which a wrong password says how many (a first typo needs no countdown). */
const WARN_FROM = 5;

/** Auth.js's authorize(): the account and a new session row; WrongCredentials for wrong details. */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request) {
  try {
    const db = await getDb();
    const address = clientAddress(request.headers);
    const outcome = await verifySignIn(db, credentials, { address });
    if (!outcome.user) throw new WrongCredentials(outcome.triesLeft, outcome.lockMinutes);
    const { user } = outcome;
    const sessionId = await startSession(db, user.id, { address, userAgent: request.headers.get("user-agent") });
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId };
  } catch (e) {
    if (e instanceof WrongCredentials) throw e;
    if (e instanceof TooManyAttemptsError) {
      // Answer a refused attempt a second late: it costs a timer, not CPU, and a script
      // looping on refusals goes a second a round instead of as fast as the server answers.
      await new Promise((resolve) => setTimeout(resolve, REFUSAL_DELAY_MS));
      throw new TooManySignInAttempts(e);
    }
    if (e instanceof AppError && e.code === "validation") return null;
    const outage = withOutageAsAppError(e);
    if (outage instanceof DatabaseUnavailableError) {
      // One line, as for every other request during a restart.
      console.error(outage.logLine());
      throw new SignInUnavailable(outage);
    }
    throw e;
  }
}

/** What the sign-in form says for a refusal Auth.js reported. */
export function signInRefusal(error: unknown): string {
  if (error instanceof TooManySignInAttempts) return error.lockout.message;
  if (error instanceof SignInUnavailable) return `${error.outage.message} Your password was not checked.`;
  const wrong = "That email and password do not match an account.";
  if (error instanceof WrongCredentials && error.triesLeft <= WARN_FROM) {
    const hold = `sign-in is held for ${error.lockMinutes} minutes`;
    return error.triesLeft === 0
      ? `${wrong} That was the last try: ${hold}.`
      : `${wrong} ${error.triesLeft} ${error.triesLeft === 1 ? "try" : "tries"} left before ${hold}.`;
  }
  return wrong;
}
