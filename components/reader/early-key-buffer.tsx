import { earlyKeyScript } from "@/lib/review/early-key-script.ts";

/**
 * Notes j, k and the other shortcut keys from the moment the page paints; the reader takes them
 * when it comes alive (takeEarlyKeys). Rendered on the server ahead of the article, with the
 * request's nonce: the Content-Security-Policy runs no other inline script.
 */
export function EarlyKeyBuffer({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyKeyScript() }} />;
}
