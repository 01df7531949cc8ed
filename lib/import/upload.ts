import { MAX_BODY_BYTES } from "../validations/document.ts";
import { formatBytes } from "../format/format-bytes.ts";

/** What an uploaded file holds: HTML is sent raw and reduced to text on the server. */
export type UploadFormat = "text" | "markdown" | "html";

/** For the file input's `accept`: a hint to the picker, checked again by name below. */
export const UPLOAD_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

const BY_EXTENSION: Record<string, UploadFormat> = { txt: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" };

export function uploadFormat(name: string): UploadFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

/** Why a chosen file cannot be imported, before reading it; null when it can. */
export function uploadProblem(file: { name: string; size: number }): string | null {
  if (!uploadFormat(file.name)) return `${file.name} is not a .txt, .md or .html file.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_BODY_BYTES) return `${file.name} is ${formatBytes(file.size)}; the limit is 1 MB. Import a shorter excerpt.`;
  return null;
}

/**
 * Why a file's decoded text is not usable: NUL bytes mean a binary file, and U+FFFD (which the
 * browser puts in place of bytes that are not UTF-8) means another encoding.
 */
export function textProblem(name: string, text: string): string | null {
  if (text.includes("\u0000")) return `${name} is not a text file.`;
  if (text.includes("\uFFFD")) return `${name} is not UTF-8 text. Save it as UTF-8 and try again.`;
  if (!text.trim()) return `${name} is empty.`;
  return null;
}
