import { render } from "@react-email/components";
import { appUrl } from "@emails/components/app-url";
import { emailTemplates } from "@emails/registry";
import type { Locale } from "~/i18n/locales";
import type { NewsletterProps } from "@emails/newsletter";

/** Stand-in links for the preview and the test: they lead to the site, never to a real token. */
export const sampleLinks = () => ({
  preferencesUrl: appUrl("/"),
  unsubscribeUrl: appUrl("/"),
});

/**
 * The newsletter exactly as a partner would get it: the same template and the same markdown
 * rendering as the send, only with stand-in opt-out links.
 */
export async function previewNewsletter(
  program: { name: string; allowedImageHosts: string[] },
  input: { subject: string; body: string; locale: Locale },
): Promise<{ html: string; subject: string }> {
  const template = emailTemplates.newsletter;
  const props: NewsletterProps = {
    programName: program.name,
    subject: input.subject,
    body: input.body,
    imageHosts: program.allowedImageHosts,
    reason: "partner",
    ...sampleLinks(),
  };
  const html = await render(template.render(input.locale, props));
  return { html, subject: template.subject(input.locale, props) };
}
