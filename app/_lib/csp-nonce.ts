import { headers } from "next/headers";

/** This request's script nonce, which proxy.ts put in the request's Content-Security-Policy. */
export async function cspNonce(): Promise<string | undefined> {
  const csp = (await headers()).get("content-security-policy");
  return csp?.match(/'nonce-([^']+)'/)?.[1];
}
