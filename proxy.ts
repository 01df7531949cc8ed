import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { pageCsp } from "./lib/security-headers.ts";
import { authConfig } from "./server/auth.config.ts";

// Auth.js's `auth` takes a request as it stands (its "middleware.ts inline" form, which the
// proxy has always used), but its types only describe the wrapper form. The wrapper is not
// used because with one Auth.js skips its own redirect of signed-out visitors.
const authGate = NextAuth(authConfig).auth as unknown as NextMiddleware;

/**
 * Every page: signed-out visitors go to /sign-in (API routes answer 401 themselves), and the
 * answer carries a Content-Security-Policy with a nonce made for this request alone. Next
 * reads the nonce from the request's own CSP header and puts it on the scripts it renders,
 * which is why every page must be rendered per request (they all read the session).
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  let response = (await authGate(request, event)) ?? NextResponse.next();
  if (response.headers.has("x-middleware-next")) {
    // Auth.js let the request through: go on with the policy among the request's headers,
    // keeping any cookie Auth.js set (a refreshed session).
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    const next = NextResponse.next({ request: { headers } });
    for (const cookie of response.headers.getSetCookie()) next.headers.append("Set-Cookie", cookie);
    response = next;
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Everything but the API (it answers in JSON, its headers come from next.config.ts) and
// static files. next.config.ts gives exactly these exclusions the non-page policy.
export const config = {
  matcher: ["/((?!api(?:/|$)|_next/static/|_next/image|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
