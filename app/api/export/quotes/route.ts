import { toCsv } from "@/lib/export/to-csv.ts";
import { toHtml } from "@/lib/export/to-html.ts";
import { toMarkdown } from "@/lib/export/to-markdown.ts";
import { isNavigation, nothingToExportPage } from "@/lib/export/nothing-to-export.ts";
import { UUID } from "@/lib/uuid.ts";
import { API_CSP, PRINT_CSP } from "@/lib/security-headers.ts";
import { quoteExportSchema } from "@/lib/validations/export-query.ts";
import { listQuoteRecords } from "@/server/export/list-quote-records.ts";
import { requireRole } from "@/server/actor.ts";
import { exportLinkBase } from "@/server/config.ts";
import { validate } from "@/server/validate.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

/** GET /api/export/quotes?format=csv|json|md|html&status&documentId&speaker&from&to */
export const GET = apiRoute(async ({ request, db, actor, query }) => {
  requireRole(actor, "viewer", "export quote sheets");
  const { format, status, documentId, speaker } = validate(quoteExportSchema, query);
  const records = await listQuoteRecords(db, actor, query, exportLinkBase(request));
  // next.config.ts leaves this route's policy to it, so each answer names its own.
  const headers: Record<string, string> = { "Cache-Control": "no-store", "Content-Security-Policy": API_CSP };
  if (!records.length && format !== "html" && isNavigation(request.headers)) {
    const what = status === "all" ? "quotes" : `${status} quotes`;
    const back = documentId
      ? { href: `/documents/${documentId}`, label: "← Back to the document" }
      : speaker && UUID.test(speaker)
        ? { href: `/people/${speaker}`, label: "← Back to the speaker" }
        : { href: "/", label: "← Back to the documents" };
    return new Response(nothingToExportPage(what, back), { headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": PRINT_CSP } });
  }
  if (format === "json") return json({ quotes: records });
  const day = new Date().toISOString().slice(0, 10);
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
