import { z } from "zod";
import { presentError, toTRPCError, translateIssues } from "~/server/api/errors";
import { DomainError, httpStatusOf } from "~/server/errors";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/**
 * A failed route-handler request as JSON `{ error, fieldErrors? }` in the caller's language,
 * with the same messages and status codes as the tRPC procedures. Unexpected errors are
 * logged with their cause and answered with a generic sentence, never a stack trace.
 */
export function errorResponse(error: unknown, locale: Locale): Response {
  if (error instanceof DomainError) {
    return jsonResponse(
      { error: presentError(toTRPCError(error), locale).message },
      httpStatusOf(error.code),
    );
  }
  const t = translator(locale);
  if (error instanceof z.ZodError) {
    return jsonResponse(
      { error: t("errors.invalidInput"), fieldErrors: translateIssues(error.issues, locale) },
      httpStatusOf("BAD_REQUEST"),
    );
  }
  console.error("[rally] route handler failed", error);
  return jsonResponse({ error: t("errors.internal") }, httpStatusOf("INTERNAL"));
}
