import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config.ts";
import { AppError, TooManyAttemptsError } from "./errors.ts";
import { getDb } from "./runtime.ts";
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

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        try {
          const actor = await verifyCredentials(await getDb(), credentials);
          return actor && { id: actor.id!, email: actor.email, name: actor.name, role: actor.role };
        } catch (e) {
          if (e instanceof TooManyAttemptsError) throw new TooManySignInAttempts(e);
          if (e instanceof AppError && e.code === "validation") return null;
          throw e;
        }
      },
    }),
  ],
});
