import { render } from "@react-email/components";
import { emailTemplates, type EmailProps, type EmailTemplate } from "@emails/registry";
import type { Executor } from "~/server/db/client";
import { emails } from "~/server/db/schema";
import { defaultLocale, isLocale } from "~/i18n/locales";
import { resendTransport } from "./resend";

export type OutgoingEmail<T extends EmailTemplate> = {
  to: string;
  template: T;
  props: EmailProps[T];
  locale: string;
};

/**
 * Renders a template and delivers it: through Resend when RESEND_API_KEY is set, otherwise
 * into the local outbox (the dev mailbox page and the tests read it). Every message is
 * recorded in the emails table either way.
 */
export async function sendEmail<T extends EmailTemplate>(db: Executor, message: OutgoingEmail<T>) {
  const locale = isLocale(message.locale) ? message.locale : defaultLocale;
  const template = emailTemplates[message.template];
  const element = template.render(locale, message.props);
  const subject = template.subject(locale, message.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);

  const transport = resendTransport();
  let status: "outbox" | "sent" | "failed" = "outbox";
  let providerId: string | null = null;
  let error: string | null = null;
  if (transport) {
    const result = await transport.send({ to: message.to, subject, html, text });
    status = result.ok ? "sent" : "failed";
    providerId = result.ok ? result.id : null;
    error = result.ok ? null : result.error;
  }
  const [row] = await db
    .insert(emails)
    .values({
      to: message.to,
      subject,
      html,
      text,
      template: message.template,
      locale,
      status,
      providerId,
      error,
    })
    .returning({ id: emails.id });
  // The change that caused the message is already committed: record and log a refusal
  // rather than fail the request; callers that need delivery (sign-in) check the status.
  if (status === "failed")
    console.error(`[rally] Resend refused the email to ${message.to}: ${error}`);
  return { id: row?.id, status };
}
