import sniffHTMLEncoding from "html-encoding-sniffer";
import iconv from "iconv-lite";

/**
 * A fetched page's bytes as text, in the encoding a browser would pick: a byte-order mark, else
 * the Content-Type's charset, else the page's own <meta charset>, else UTF-8. Many Indonesian
 * and older English sites still serve windows-1252 or ISO-8859-1 and say so only in the page.
 */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const label = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  const encoding = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: label, defaultEncoding: "utf-8" });
  // iconv-lite rather than TextDecoder: Node 20's decodes windows-1252 as ISO-8859-1, losing curly quotes.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.encodingExists(encoding) ? iconv.decode(buffer, encoding) : iconv.decode(buffer, "utf-8");
}
