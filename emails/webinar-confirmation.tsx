import { Link, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { EmailLayout, textStyle } from "./components/layout";
import { WebinarFacts, webinarPreviewBase, type WebinarEmailBase } from "./webinar-parts";

export type WebinarConfirmationProps = WebinarEmailBase & { calendarUrl: string };

export const webinarConfirmationPreviewProps: WebinarConfirmationProps = {
  ...webinarPreviewBase,
  calendarUrl: "http://localhost:3000/api/webinars/00000000-0000-4000-8000-000000000001/ics",
};

export function webinarConfirmationSubject(locale: Locale, props: WebinarConfirmationProps) {
  return translator(locale)("webinars.emails.confirmation.subject", { title: props.title });
}

export default function WebinarConfirmationEmail({
  locale,
  ...props
}: WebinarConfirmationProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={webinarConfirmationSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("webinars.emails.confirmation.body", { program: props.programName })}
      </Text>
      <WebinarFacts locale={locale} props={props} />
      <Text style={textStyle}>
        {t("webinars.emails.confirmation.calendar")}{" "}
        <Link href={props.calendarUrl}>{t("webinars.emails.confirmation.calendarLink")}</Link>
      </Text>
    </EmailLayout>
  );
}
