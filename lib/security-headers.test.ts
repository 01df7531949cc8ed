import { describe, expect, it } from "vitest";
import { API_CSP, COMMON_HEADERS, PERMISSIONS_POLICY, PRINT_CSP, pageCsp } from "./security-headers.ts";

const NONCE = "q83vEjRWeJq83vEjRWeJqw==";

/** A policy as `{ directive: sources }`, so tests do not depend on the order of directives. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split("; ").map((d) => d.split(" ")).map(([name, ...sources]) => [name!, sources]));
}

describe("pageCsp", () => {
  it("lets only scripts with this request's nonce run, and what they load", () => {
    const csp = parse(pageCsp(NONCE));
    expect(csp["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("allows no inline style but a nonce-bearing tag", () => {
    expect(parse(pageCsp(NONCE))["style-src"]).toEqual(["'self'", `'nonce-${NONCE}'`]);
  });

  it("is the strict policy, framing refused", () => {
    expect(parse(pageCsp(NONCE))).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("adds 'unsafe-eval' and inline styles in development only, for React's debugging and Next's dev tools", () => {
    const dev = parse(pageCsp(NONCE, { dev: true }));
    expect(dev["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // A nonce would make the browser ignore 'unsafe-inline'.
    expect(dev["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(pageCsp(NONCE, { dev: false })).toBe(pageCsp(NONCE));
  });

  it("refuses a nonce that is too short or could break out of its quotes", () => {
    for (const bad of ["", "abc", "q83vEjRWeJq83vEjRWeJqw==' 'unsafe-inline", "q83vEjRWeJq83vEjRWeJ;qw"]) {
      expect(() => pageCsp(bad)).toThrow(/nonce/);
    }
  });
});

describe("the other policies and headers", () => {
  it("gives API answers and static files nothing to run and nothing to frame", () => {
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("lets the printable sheet have its own style element and nothing else", () => {
    expect(parse(PRINT_CSP)).toEqual({
      "default-src": ["'none'"],
      "style-src": ["'unsafe-inline'"],
      "img-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("denies camera, microphone and geolocation, and leaves the clipboard for Copy link", () => {
    const features = PERMISSIONS_POLICY.split(", ");
    for (const f of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) expect(features).toContain(f);
    expect(PERMISSIONS_POLICY).not.toMatch(/clipboard/);
  });

  it("sends nosniff, a referrer policy and COOP on every response", () => {
    expect(Object.fromEntries(COMMON_HEADERS.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": PERMISSIONS_POLICY,
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });
});
