import { TRPCError } from "@trpc/server";
import { presentError } from "~/server/api/errors";
import type { Locale } from "~/i18n/locales";

/**
 * What a client would receive for a rejected call: the code plus the translated message and
 * field errors from the same formatter the HTTP handler uses. Fails if the call succeeds.
 */
export async function clientError(call: Promise<unknown>, locale: Locale = "en") {
  const error = await call.then(
    () => {
      throw new Error("expected the call to be refused, but it succeeded");
    },
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw error;
  return { code: error.code, ...presentError(error, locale) };
}
