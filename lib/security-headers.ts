/**
 * The security headers Attest sends, built here so next.config.ts (every response), proxy.ts
 * (pages, with a fresh nonce) and the printable export agree on them. HSTS is not among them:
 * only the TLS proxy in front knows that the site is reached over https (see the README).
 */

type Directives = Record<string, string[]>;

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * A page's policy. Next puts `nonce` on every script it renders, and 'strict-dynamic' lets
 * those scripts load the chunks they need; no other script runs, inline or from this origin.
 * Styles come only from the app's own stylesheets (or a tag with the nonce): no `style`
 * attribute is allowed, so the components draw widths with SVG attributes, not inline styles.
 * `dev` adds 'unsafe-eval', which React's development build needs for its debugging, and
 * lets inline styles in (without the nonce, which would void 'unsafe-inline'): Next's dev
 * tools inject `<style>` elements that carry no nonce.
 */
export function pageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error("a CSP nonce must be base64, from at least 96 random bits");
  return serialise({
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** API answers and static files are never documents to run anything in, nor to frame. */
export const API_CSP = serialise({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });

/**
 * The printable quote sheet carries article text: even if some of it slipped through
 * unescaped, it could run no script, load nothing and send nothing anywhere. Its own
 * `<style>` element is the one thing it needs.
 */
export const PRINT_CSP = serialise({
  "default-src": ["'none'"],
  "style-src": ["'unsafe-inline'"],
  "img-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
});

/**
 * Powerful features no page of Attest uses, refused to it and to anything it might embed.
 * Only names Chromium knows: an unknown one is reported as an error in the console.
 * The clipboard is left alone: "Copy link" writes to it.
 */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(", ");

/** Sent on every response, pages, API and static files alike (next.config.ts). */
export const COMMON_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The older form of frame-ancestors 'none', for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  // Citations link out to other sites: they learn nothing of Attest's addresses.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // A page another site opens gets no handle on Attest's window, nor Attest on its.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
