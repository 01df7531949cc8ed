import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config.ts";
import { clientAddress } from "./client-address.ts";
import { AppError, TooManyAttemptsError } from "./errors.ts";
import { getDb } from "./runtime.ts";
import { startSession } from "./sessions/start-session.ts";
import { verifyCredentials } from "./users/verify-credentials.ts";

/**
 * The lock-out, as Auth.js lets it through: an AuthError thrown in authorize() reaches the
 * sign-in action as it is, anything else would be wrapped.
 */
export class TooManySignInAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
  constructor(readonly lockout: TooManyAttemptsError) {
    super();
  }
}

const REFUSAL_DELAY_MS = 1000;

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is the form's business, not the log's: under a guessing attack Auth.js's
    // stack trace per attempt would flood the log (and cost the CPU to print it).
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const db = await getDb();
          const address = clientAddress(request.headers);
          const user = await verifyCredentials(db, credentials, { address });
          if (!user) return null;
          const sessionId = await startSession(db, user.id, { address, userAgent: request.headers.get("user-agent") });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId };
        } catch (e) {
          if (e instanceof TooManyAttemptsError) {
            // Answer a refused attempt a second late: it costs a timer, not CPU, and a script
            // looping on refusals goes a second a round instead of as fast as the server answers.
            await new Promise((resolve) => setTimeout(resolve, REFUSAL_DELAY_MS));
            throw new TooManySignInAttempts(e);
          }
          if (e instanceof AppError && e.code === "validation") return null;
          throw e;
        }
      },
    }),
  ],
});
