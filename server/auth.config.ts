import type { NextAuthConfig } from "next-auth";
import { isRole, type Role } from "@/lib/roles.ts";

/**
 * The part of the Auth.js set-up that needs no database, shared by proxy.ts. The proxy only
 * redirects; every page, action and route checks the session and role itself.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = !!auth?.user;
      const onSignIn = request.nextUrl.pathname.startsWith("/sign-in");
      if (onSignIn) return signedIn ? Response.redirect(new URL("/", request.nextUrl)) : true;
      return signedIn;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        (session.user as { role?: Role }).role = isRole(token.role) ? token.role : "viewer";
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
