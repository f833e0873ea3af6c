import { localeOf } from "~/server/api/context";
import { translator } from "~/i18n/translator";

/**
 * The answer to a GET on an address that changes something (an audited download): 405, with
 * a sentence for the person who followed an old link. A GET must never write: browsers
 * prefetch links, mail scanners and crawlers open them, and another site can embed them.
 */
export function postRequired(request: Request): Response {
  const t = translator(localeOf(request.headers));
  return new Response(t("errors.postRequired"), {
    status: 405,
    headers: {
      allow: "POST",
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    },
  });
}

/** A refused request of a download route as plain text in the caller's language. */
export function plainRefusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
