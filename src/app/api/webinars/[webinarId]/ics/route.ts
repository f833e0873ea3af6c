import { z } from "zod";
import { createContext } from "~/server/api/context";
import { translator } from "~/i18n/translator";
import { DomainError } from "~/server/errors";
import { webinarCalendarFile } from "~/server/services/webinars/calendar-file";

/**
 * A webinar's calendar file for a signed-in partner who can see it (or a manager of its
 * program): /api/webinars/{id}/ics. Anyone else gets 401 or 404, never the event.
 */
export async function GET(request: Request, context: { params: Promise<{ webinarId: string }> }) {
  const ctx = await createContext(request.headers);
  const t = translator(ctx.locale);
  const refuse = (status: 401 | 404, message: string) =>
    new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!ctx.userId) return refuse(401, t("errors.unauthorized"));
  const webinarId = z.uuid().safeParse((await context.params).webinarId);
  const notFound = () => refuse(404, t("errors.notFound", { what: t("errors.things.webinar") }));
  if (!webinarId.success) return notFound();
  try {
    const file = await webinarCalendarFile(ctx.db, ctx.userId, webinarId.data);
    return new Response(file.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return notFound();
    throw error;
  }
}
