import { z } from "zod";
import { httpUrl } from "./fields.ts";

/** A feed to subscribe to: the feeds page's form and its server action. */
export const subscribeFeedSchema = z.object({
  url: httpUrl,
  everyMinutes: z.coerce.number().int().min(5, "Check at most every 5 minutes.").max(1440, "Check at least once a day.").default(15),
});
