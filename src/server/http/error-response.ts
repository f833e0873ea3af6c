import { z } from "zod";
import { presentError, toTRPCError, translateIssues } from "~/server/api/errors";
import { DomainError, type DomainErrorCode } from "~/server/errors";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";

const statusOf: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  BAD_REQUEST: 400,
};

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
      statusOf[error.code],
    );
  }
  const t = translator(locale);
  if (error instanceof z.ZodError) {
    return jsonResponse(
      { error: t("errors.invalidInput"), fieldErrors: translateIssues(error.issues, locale) },
      400,
    );
  }
  console.error("[rally] route handler failed", error);
  return jsonResponse({ error: t("errors.internal") }, 500);
}
