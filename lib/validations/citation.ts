import { z } from "zod";
import { httpUrl, isoDate, optional, plainLines, plainText } from "./fields.ts";

export const STANCES = ["supports", "refutes", "context"] as const;

/** A source for a verdict: shared by the citation form, its action and POST /api/items/:id/citations. */
export const citationSchema = z.object({
  url: httpUrl,
  title: plainText("title").min(1, "Give the source a title.").max(300, "Keep the title under 300 characters."),
  publisher: optional(plainText("publisher").max(200, "Keep the publisher under 200 characters.")),
  excerpt: optional(plainLines("excerpt").max(5000, "Keep the excerpt under 5,000 characters.")),
  stance: z.enum(STANCES, { message: "Choose whether the source supports, refutes or gives context." }),
  /** Defaults to today: the day the reviewer read the source. */
  accessedAt: optional(isoDate),
});

export type CitationInput = z.input<typeof citationSchema>;
