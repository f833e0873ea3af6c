import { render, toPlainText } from "@react-email/components";
import { emailTemplates, type EmailProps, type EmailTemplate } from "@emails/registry";
import { defaultLocale, isLocale, type Locale } from "~/i18n/locales";
import { unsubscribeHeaders } from "./headers";

export type EmailCategory = "transactional" | "bulk";
/** `url` is the page a person opens from the footer; `oneClickUrl` takes RFC 8058 POSTs. */
export type UnsubscribeLinks = { url: string; oneClickUrl: string };

export type OutgoingEmail<T extends EmailTemplate> = {
  to: string;
  template: T;
  props: EmailProps[T];
  locale: string;
  /** Names the message: a second send with the same key sends nothing and returns the first. */
  idempotencyKey?: string;
  /** "transactional" (default) or "bulk" (newsletters, digests, announcements). */
  category?: EmailCategory;
  /** Bulk mail only: becomes the List-Unsubscribe and List-Unsubscribe-Post headers. */
  unsubscribe?: UnsubscribeLinks;
  /**
   * What the email record is rendered from when it must not hold what was sent (a sign-in
   * link's token). Not with an idempotencyKey: a retry resends the record as it is.
   */
  storedProps?: EmailProps[T];
};

/** A message of any template (what sendBulk takes, mixed templates allowed). */
export type AnyOutgoingEmail = { [K in EmailTemplate]: OutgoingEmail<K> }[EmailTemplate];

export type RenderedEmail = {
  to: string;
  template: EmailTemplate;
  locale: Locale;
  category: EmailCategory;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

/** Renders a message in the recipient's language, with the headers its category calls for. */
export async function renderEmail<T extends EmailTemplate>(
  message: OutgoingEmail<T>,
): Promise<RenderedEmail> {
  const locale = isLocale(message.locale) ? message.locale : defaultLocale;
  const template = emailTemplates[message.template];
  const subject = template.subject(locale, message.props);
  // One render; the text part is derived from the HTML exactly as render({plainText}) would.
  const html = await render(template.render(locale, message.props));
  const category = message.category ?? "transactional";
  return {
    to: message.to,
    template: message.template,
    locale,
    category,
    subject,
    html,
    text: toPlainText(html),
    headers:
      category === "bulk" && message.unsubscribe ? unsubscribeHeaders(message.unsubscribe) : {},
  };
}
