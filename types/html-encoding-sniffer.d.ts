declare module "html-encoding-sniffer" {
  /** The WHATWG encoding sniffing algorithm: BOM, then the transport's label, then <meta charset>, then the default. */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
