import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config.ts";
import { AppError } from "./errors.ts";
import { getDb } from "./runtime.ts";
import { verifyCredentials } from "./users/verify-credentials.ts";

/** Signals the lock-out to the sign-in action, which words the message. */
class TooManyAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
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
          if (e instanceof AppError && e.code === "too_many_attempts") throw new TooManyAttempts();
          if (e instanceof AppError && e.code === "validation") return null;
          throw e;
        }
      },
    }),
  ],
});
