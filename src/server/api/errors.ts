import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { DomainError, trpcCodeOf } from "~/server/errors";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { zodLocaleError } from "./zod-locale";

/** Turns a domain error into the tRPC error its row of the error table names. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf(error.code), message: error.key, cause: error });
}

export type FieldErrors = Record<string, string>;

/**
 * The message and field errors a client sees, in the caller's language. Internal errors are
 * logged with their cause and shown as a generic sentence: never a stack trace.
 */
export function presentError(
  error: TRPCError,
  locale: Locale,
): { message: string; fieldErrors?: FieldErrors } {
  const t = translator(locale);
  const cause = error.cause;
  if (cause instanceof z.ZodError) {
    return {
      message: t("errors.invalidInput"),
      fieldErrors: translateIssues(cause.issues, locale),
    };
  }
  if (cause instanceof DomainError) {
    const { what, status } = cause.params;
    return {
      message: t(`errors.${cause.key}` as "errors.forbidden", {
        ...cause.params,
        what: what ? t(`errors.things.${what}` as "errors.things.program") : "",
        status: status ? t(`manager.status.${status}` as "manager.status.applied") : "",
      }),
    };
  }
  if (error.code === "UNAUTHORIZED") return { message: t("errors.unauthorized") };
  if (error.code === "INTERNAL_SERVER_ERROR") {
    console.error("[rally] internal error", error.cause ?? error);
    return { message: t("errors.internal") };
  }
  // Errors tRPC itself raises (unknown procedure, bad method, oversized body…).
  return { message: t("errors.badRequest") };
}

export function translateIssues(issues: z.core.$ZodIssue[], locale: Locale): FieldErrors {
  const t = translator(locale);
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.join(".") || "_";
    if (fields[path]) continue;
    fields[path] = issue.message.startsWith("validation.")
      ? t(issue.message as "validation.slug", stringParams(issue))
      : zodLocaleError(locale, issue);
  }
  return fields;
}

function stringParams(issue: z.core.$ZodIssue): Record<string, string> {
  const params = "params" in issue && issue.params ? issue.params : {};
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}
