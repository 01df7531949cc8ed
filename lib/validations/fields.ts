import { z } from "zod";
import { isBlank, toPlainLine, toPlainLines } from "./plain-text.ts";

/**
 * Text the database can store, checked with `label` (what the form calls the field) in the
 * message. PostgreSQL's text refuses NUL outright, and a lone UTF-16 surrogate is no character
 * at all: the driver would store U+FFFD in a column, and jsonb (the audit log) refuses it.
 * Both are refused rather than removed, so nothing is changed behind the writer's back.
 */
export const storableText = (label: string) =>
  z
    .string()
    .refine((v) => !v.includes("\0"), { message: `The ${label} holds a NUL character (\\0); remove it.`, abort: true })
    .refine((v) => !/\p{Cs}/u.test(v), { message: `The ${label} holds a broken character (half a UTF-16 surrogate pair); retype it.`, abort: true });

/**
 * One line of text typed by a person (a title, a name, a search): bidi overrides and control
 * characters are removed, line breaks and tabs become spaces, and zero-width-only text is "".
 */
export const plainText = (label: string) => storableText(label).overwrite(toPlainLine).trim();

/** Several lines typed by a person (a note, an excerpt): as plainText, but keeping \n and \t. */
export const plainLines = (label: string) => storableText(label).overwrite(toPlainLines).trim();

/**
 * An http(s) address with a host, kept in its WHATWG-normalised form (`http:/\x.org` and
 * `https:x.org` are the browser's `http://x.org/` and `https://x.org/`): citations and sources
 * never link to javascript:, data: or file: URLs, and the database's `^https?://` check holds.
 */
export const httpUrl = storableText("address")
  .trim()
  .refine(isHttpUrl, { message: "Enter a web address starting with http:// or https://.", abort: true })
  .overwrite((v) => new URL(v).href)
  // Measured after normalising: percent-encoding can lengthen what was typed.
  .max(2000, "Keep the address under 2,000 characters.")
  .regex(/^https?:\/\//, "Enter a web address starting with http:// or https://.");

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    // A hostname is ASCII after IDNA: one without a letter or digit ("http://./") is no host.
    return (u.protocol === "http:" || u.protocol === "https:") && /[a-z0-9]/.test(u.hostname);
  } catch {
    return false;
  }
}

/** The earliest year a date may have: PostgreSQL has no year 0 (JS reads it as 1 BC), and a year before 1000 is a typo here. */
export const MIN_YEAR = 1000;

/** A calendar date written YYYY-MM-DD that exists (no 2023-02-30), from the year 1000 on. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, "That date does not exist.")
  .refine((v) => Number(v.slice(0, 4)) >= MIN_YEAR, `Use a year from ${MIN_YEAR} on.`);

/** Optional text fields arrive from forms as "" (or as nothing but zero-width characters): treat that as absent. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && isBlank(v) ? undefined : v), schema.optional());
