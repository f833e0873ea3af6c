import { Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { EmailLayout, textStyle } from "./components/layout";
import { webinarPreviewBase, webinarWhen, type WebinarEmailBase } from "./webinar-parts";

export type WebinarCancelledProps = WebinarEmailBase;

export const webinarCancelledPreviewProps: WebinarCancelledProps = webinarPreviewBase;

export function webinarCancelledSubject(locale: Locale, props: WebinarCancelledProps) {
  return translator(locale)("webinars.emails.cancelled.subject", { title: props.title });
}

export default function WebinarCancelledEmail({
  locale,
  ...props
}: WebinarCancelledProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={webinarCancelledSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("webinars.emails.cancelled.body", {
          title: props.title,
          when: webinarWhen(locale, props),
          program: props.programName,
        })}
      </Text>
    </EmailLayout>
  );
}
