import { appUrl } from "@emails/components/app-url";
import type { Db } from "~/server/db/client";
import { requestMetaFrom } from "~/server/services/subscribers/request-meta";
import { verifyEmailLinkToken } from "~/server/email/links";
import { unsubscribeByLink } from "~/server/services/subscribers/unsubscribe-by-link";

const plain = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** The confirmation page of a token, at the app's public address (as in the emails). */
function pageOf(token: string, done: boolean) {
  const url = new URL(appUrl("/unsubscribe"));
  url.searchParams.set("token", token);
  if (done) url.searchParams.set("done", "1");
  return url;
}

/**
 * POST /api/email/unsubscribe?token=…: the RFC 8058 one-click request from a mail client
 * (body "List-Unsubscribe=One-Click", answered 200) or the button of the /unsubscribe page
 * (a browser asking for HTML, sent on to the confirmation). Takes effect at once, no sign-in.
 *
 * Not same-origin checked, by design: RFC 8058 has the mail provider's servers post here from
 * their own origin. What authorizes the request is the signed token in the link, which only
 * the recipient's mailbox holds; no session is used, so there is nothing to forge. The body
 * is never read.
 */
export async function handleUnsubscribePost(db: Db, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const payload = verifyEmailLinkToken(token);
  if (!payload) return plain(400, "This unsubscribe link is not valid.");
  // A deleted subscriber or enrollment gets no more mail either: nothing to do, still 200.
  await unsubscribeByLink(db, payload, requestMetaFrom(request.headers));
  if (request.headers.get("accept")?.includes("text/html"))
    return Response.redirect(pageOf(token, true), 303);
  return plain(200, "Unsubscribed.");
}

/**
 * GET on the one-click address (some clients open the List-Unsubscribe URL in a browser):
 * shows the page that asks for the click. A GET never unsubscribes, because link scanners
 * fetch every URL in incoming mail.
 */
export function handleUnsubscribeGet(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(pageOf(token, false), 303);
}
