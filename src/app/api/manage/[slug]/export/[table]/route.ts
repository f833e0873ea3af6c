import { createContext } from "~/server/api/context";
import { translator } from "~/i18n/translator";
import { openExport } from "~/server/services/exports/open-export";

const messageKey = { 400: "badRequest", 401: "unauthorized", 404: "notFound" } as const;

/**
 * Any table of the console as a CSV download (see src/server/services/exports/registry.ts):
 * /api/manage/{slug}/export/{table}?{the page's filters}. Streamed page by page.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ slug: string; table: string }> },
) {
  const { slug, table } = await context.params;
  const ctx = await createContext(request.headers);
  const opened = await openExport(ctx, { slug, table, query: new URL(request.url).searchParams });
  if (!opened.ok) {
    const t = translator(ctx.locale);
    return new Response(t(`exports.errors.${messageKey[opened.status]}`), {
      status: opened.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(opened.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${opened.filename}"`,
      // Partners' names and emails: never kept by a shared cache.
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
