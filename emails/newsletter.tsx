import { Link, Section, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { renderMarkdown } from "~/server/markdown/render-markdown";
import { EmailLayout } from "./components/layout";

export type NewsletterProps = {
  programName: string;
  subject: string;
  /** The manager's markdown; rendered and sanitized here, the same for preview and send. */
  body: string;
  /** Why this person gets it, said in the footer. */
  reason: "partner" | "subscriber" | "test";
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** Hosts the program allows images from (besides its own files); none when left out. */
  imageHosts?: string[];
};

export const newsletterPreviewProps: NewsletterProps = {
  programName: "Northwind Learning",
  subject: "Spring launch: new courses and a 20% coupon",
  body: "# Spring is here\n\nOur **new course bundle** is live, with creatives ready in your portal.\n\n- 20% coupon until May 31\n- [See the creatives](http://localhost:3000/portal)\n",
  reason: "partner",
  preferencesUrl: "http://localhost:3000/preferences/preview-token",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/preview-token",
};

export function newsletterSubject(locale: Locale, props: NewsletterProps) {
  if (props.reason !== "test") return props.subject;
  return `${translator(locale)("newsletters.email.testPrefix")} ${props.subject}`;
}

// A send renders the same body for every recipient of a batch: keep the last one.
let cached: { key: string; html: string } | undefined;
function bodyHtml(markdown: string, imageHosts: string[] = []): string {
  const key = JSON.stringify([markdown, imageHosts]);
  if (cached?.key !== key) cached = { key, html: renderMarkdown(markdown, imageHosts) };
  return cached.html;
}

const footerLink = { color: "#52525b", textDecoration: "underline" } as const;

/** A manager's newsletter inside the common frame, with why-you-get-this and opt-out links. */
export default function NewsletterEmail({
  locale,
  ...props
}: NewsletterProps & { locale: Locale }) {
  const t = translator(locale);
  const program = props.programName;
  const reason =
    props.reason === "partner"
      ? t("newsletters.email.reasonPartner", { program })
      : props.reason === "subscriber"
        ? t("newsletters.email.reasonSubscriber", { program })
        : t("newsletters.email.reasonTest", { program });
  return (
    <EmailLayout locale={locale} preview={props.subject} footer={reason}>
      <Text style={{ color: "#71717a", fontSize: 13, margin: "8px 0 0" }}>{program}</Text>
      <Section style={{ color: "#18181b", fontSize: 15, lineHeight: "24px" }}>
        <div dangerouslySetInnerHTML={{ __html: bodyHtml(props.body, props.imageHosts) }} />
      </Section>
      <Text style={{ color: "#71717a", fontSize: 12, marginTop: 24 }}>
        <Link href={props.preferencesUrl} style={footerLink}>
          {t("newsletters.email.preferences")}
        </Link>
        {" · "}
        <Link href={props.unsubscribeUrl} style={footerLink}>
          {t("newsletters.email.unsubscribe")}
        </Link>
      </Text>
    </EmailLayout>
  );
}
