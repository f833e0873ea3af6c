import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";
import { webinarPreviewBase, webinarWhen, type WebinarEmailBase } from "./webinar-parts";

export type WebinarRecordingProps = WebinarEmailBase & { recordingUrl: string };

export const webinarRecordingPreviewProps: WebinarRecordingProps = {
  ...webinarPreviewBase,
  recordingUrl: "https://video.example.com/northwind-spring-recording",
};

export function webinarRecordingSubject(locale: Locale, props: WebinarRecordingProps) {
  return translator(locale)("webinars.emails.recording.subject", { title: props.title });
}

export default function WebinarRecordingEmail({
  locale,
  ...props
}: WebinarRecordingProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={webinarRecordingSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("webinars.emails.recording.body", {
          title: props.title,
          when: webinarWhen(locale, props),
          program: props.programName,
        })}
      </Text>
      <Button href={props.recordingUrl} style={buttonStyle}>
        {t("webinars.emails.recording.button")}
      </Button>
    </EmailLayout>
  );
}
