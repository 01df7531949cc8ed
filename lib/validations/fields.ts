import { z } from "zod";

/** An http(s) address: citations and sources never link to javascript:, data: or file: URLs. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "Keep the address under 2,000 characters.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
    } catch {
      return false;
    }
  }, "Enter a web address starting with http:// or https://.");

/** A calendar date written YYYY-MM-DD that exists (no 2023-02-30). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, "That date does not exist.");

/** Optional text fields arrive from forms as "": treat that as absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
