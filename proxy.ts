import NextAuth from "next-auth";
import { authConfig } from "./server/auth.config.ts";

// Signed-out visitors to a page go to /sign-in. API routes answer 401 themselves.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
