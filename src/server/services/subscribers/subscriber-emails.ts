import { appUrl } from "@emails/components/app-url";
import type { Executor } from "~/server/db/client";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { sendEmail } from "~/server/email/send";

/** The confirmation link: the only mail an unconfirmed address ever gets. */
export async function sendConfirmation(
  db: Executor,
  message: {
    to: string;
    locale: string;
    programName: string;
    token: string;
    idempotencyKey: string;
  },
) {
  return sendEmail(db, {
    to: message.to,
    locale: message.locale,
    template: "subscribeConfirm",
    props: {
      programName: message.programName,
      confirmUrl: appUrl(`/subscribe/confirm/${message.token}`),
    },
    idempotencyKey: message.idempotencyKey,
  });
}

/** The signed links of a subscriber's mail: preference center and unsubscribe. */
export function subscriberLinks(subscriberId: string) {
  const payload = { kind: "subscriber" as const, id: subscriberId, scope: "all" as const };
  return { preferencesUrl: preferencesUrl(payload), unsubscribe: unsubscribeUrls(payload) };
}

/**
 * Welcome on confirmation. Bulk mail like every later newsletter, so it carries the
 * List-Unsubscribe headers and shows the subscriber from the first message how to leave.
 */
export async function sendWelcome(
  db: Executor,
  message: {
    subscriberId: string;
    to: string;
    locale: string;
    programName: string;
    confirmedAt: Date;
  },
) {
  const links = subscriberLinks(message.subscriberId);
  return sendEmail(db, {
    to: message.to,
    locale: message.locale,
    template: "subscribeWelcome",
    category: "bulk",
    unsubscribe: links.unsubscribe,
    props: {
      programName: message.programName,
      preferencesUrl: links.preferencesUrl,
      unsubscribeUrl: links.unsubscribe.url,
    },
    // One welcome per confirmation (a resubscriber is welcomed again).
    idempotencyKey: `subscribe-welcome:${message.subscriberId}:${message.confirmedAt.getTime()}`,
  });
}
