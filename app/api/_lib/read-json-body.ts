import { AppError } from "@/server/errors.ts";

export interface BodyLimit {
  bytes: number;
  /** Said in the 413, in terms of what the client sent ("The article is larger than 1 MB."). */
  message: string;
}

/**
 * For the small JSON bodies of citations, verdicts and corrections: their longest field (a
 * 5,000-character excerpt) is far below this, so anything larger is not a real client.
 */
export const SMALL_BODY_LIMIT: BodyLimit = { bytes: 64 * 1024, message: "The request body is larger than 64 KB." };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request's JSON body, read no further than `limit.bytes`: a declared Content-Length
 * over the limit is refused before reading, and a chunked or understated body is cut off as
 * soon as it passes the limit, so no client can make the server buffer more than that.
 */
export async function readJsonBody(request: Request, limit: BodyLimit): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError("bad_request", "Send the body as JSON, with the header Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit.bytes) throw new AppError("payload_too_large", limit.message);
  const text = decode(await readBytes(request, limit));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

async function readBytes(request: Request, limit: BodyLimit): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away mid-body ("aborted"): its own doing, not a server error to log.
      throw new AppError("bad_request", "The request body ended before it was complete.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit.bytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", limit.message);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

// JSON is UTF-8 (RFC 8259): a lenient decoder would turn bad bytes into U+FFFD and store them.
function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8.");
  }
}
