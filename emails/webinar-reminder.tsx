import { Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { EmailLayout, textStyle } from "./components/layout";
import { WebinarFacts, webinarPreviewBase, type WebinarEmailBase } from "./webinar-parts";

export type WebinarReminderProps = WebinarEmailBase & { kind: "day" | "hour" };

export const webinarReminderPreviewProps: WebinarReminderProps = {
  ...webinarPreviewBase,
  kind: "day",
};

export function webinarReminderSubject(locale: Locale, props: WebinarReminderProps) {
  const t = translator(locale);
  return props.kind === "day"
    ? t("webinars.emails.reminder.daySubject", { title: props.title })
    : t("webinars.emails.reminder.hourSubject", { title: props.title });
}

export default function WebinarReminderEmail({
  locale,
  ...props
}: WebinarReminderProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={webinarReminderSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {props.kind === "day"
          ? t("webinars.emails.reminder.dayBody", { program: props.programName })
          : t("webinars.emails.reminder.hourBody", { program: props.programName })}
      </Text>
      <WebinarFacts locale={locale} props={props} />
    </EmailLayout>
  );
}
