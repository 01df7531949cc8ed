import { createHash } from "node:crypto";

/** Identifies an article by its words, so re-importing it (even re-wrapped) finds the first copy. */
export function contentHash(body: string): string {
  const words = body.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(words).digest("hex");
}
