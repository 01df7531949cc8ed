import { toCsv } from "@/lib/export/to-csv.ts";
import { toHtml } from "@/lib/export/to-html.ts";
import { toMarkdown } from "@/lib/export/to-markdown.ts";
import { quoteExportSchema } from "@/lib/validations/export-query.ts";
import { listQuoteRecords } from "@/server/export/list-quote-records.ts";
import { requireRole } from "@/server/actor.ts";
import { validate } from "@/server/validate.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

// The printable page carries article text: even if some of it slipped through unescaped, it
// could run no script, load nothing and send nothing anywhere.
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'";

/** GET /api/export/quotes?format=csv|json|md|html&status&documentId&speaker&from&to */
export const GET = apiRoute(async ({ db, actor, query }) => {
  requireRole(actor, "viewer", "export quote sheets");
  const { format } = validate(quoteExportSchema, query);
  const records = await listQuoteRecords(db, actor, query);
  if (format === "json") return json({ quotes: records });
  const day = new Date().toISOString().slice(0, 10);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (format === "html") {
    return new Response(toHtml(records, "Quote sheet"), {
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": PRINT_CSP },
    });
  }
  const [body, type, ext] =
    format === "csv" ? [toCsv(records), "text/csv; charset=utf-8", "csv"] : [toMarkdown(records, "Quote sheet"), "text/markdown; charset=utf-8", "md"];
  return new Response(body, {
    headers: { ...headers, "Content-Type": type, "Content-Disposition": `attachment; filename="quote-sheet-${day}.${ext}"` },
  });
});
