import { createContext } from "~/server/api/context";
import { translator } from "~/i18n/translator";
import { plainRefusal, postRequired } from "~/server/http/post-only";
import { isSameOriginRequest, appOrigin } from "~/server/http/same-origin";
import { openExport } from "~/server/services/exports/open-export";

const messageKey = { 400: "badRequest", 401: "unauthorized", 404: "notFound" } as const;

/**
 * Any table of the console as a CSV download (see src/server/services/exports/registry.ts):
 * a form POST to /api/manage/{slug}/export/{table}?{the page's filters}, streamed page by
 * page. POST and same-origin only, because every export writes an audit entry.
 */
export async function POST(
  request: Request,
  context: { params: Promise<{ slug: string; table: string }> },
) {
  const { slug, table } = await context.params;
  const ctx = await createContext(request.headers);
  const t = translator(ctx.locale);
  if (!isSameOriginRequest(request.headers, appOrigin()))
    return plainRefusal(403, t("errors.crossSite"));
  const opened = await openExport(ctx, { slug, table, query: new URL(request.url).searchParams });
  if (!opened.ok)
    return plainRefusal(opened.status, t(`exports.errors.${messageKey[opened.status]}`));
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

export const GET = postRequired;
