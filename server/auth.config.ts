import type { NextAuthConfig } from "next-auth";
import { isRole, type Role } from "@/lib/roles.ts";

/**
 * The part of the Auth.js set-up that needs no database, shared by proxy.ts. The proxy only
 * redirects; every page, action and route checks the session and role itself.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // The cookie outlives any session: the sessions table decides when one ends (session-actor.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = !!auth?.user;
      const onSignIn = request.nextUrl.pathname.startsWith("/sign-in");
      // The sign-in page itself sends a signed-in visitor on: only it can tell a cookie whose
      // session has ended (server/sessions) from a live one, and so avoid a redirect loop.
      if (onSignIn) return true;
      return signedIn;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: Role }).role;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        (session.user as { role?: Role }).role = isRole(token.role) ? token.role : "viewer";
        session.sessionId = typeof token.sid === "string" ? token.sid : "";
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
