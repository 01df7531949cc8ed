// Auth.js's credentials flow as a browser runs it: the CSRF token and its cookie, then the form post.

/** The cookies a response sets, as a Cookie header would send them back. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** One sign-in attempt; the answer is Auth.js's redirect (its Set-Cookie holds the session when it worked). */
export async function postCredentials(base: string, email: string, password: string, signal?: AbortSignal): Promise<Response> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
    signal,
  });
}

/** Signs in and returns the session cookie, or throws saying why not. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const answer = await postCredentials(base, email, password);
  const cookie = answer.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!cookie) throw new Error(`signing in as ${email} gave no session cookie (status ${answer.status}, to ${answer.headers.get("location")})`);
  return cookie;
}
