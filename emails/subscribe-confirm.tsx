import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

export type SubscribeConfirmProps = {
  programName: string;
  /** The single-use confirmation link (valid 48 hours). */
  confirmUrl: string;
};

export const subscribeConfirmPreviewProps: SubscribeConfirmProps = {
  programName: "Northwind Learning",
  confirmUrl: "http://localhost:3000/subscribe/confirm/preview-token",
};

export function subscribeConfirmSubject(locale: Locale, props: SubscribeConfirmProps) {
  return translator(locale)("subscribers.emails.confirmSubject", { program: props.programName });
}

/** The only message an unconfirmed address ever receives. */
export default function SubscribeConfirmEmail({
  locale,
  ...props
}: SubscribeConfirmProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={subscribeConfirmSubject(locale, props)}
      footer={t("subscribers.emails.confirmFooter")}
    >
      <Text style={textStyle}>
        {t("subscribers.emails.confirmBody", { program: props.programName })}
      </Text>
      <Button href={props.confirmUrl} style={buttonStyle}>
        {t("subscribers.emails.confirmButton")}
      </Button>
      <Text style={{ ...textStyle, fontSize: 13, color: "#52525b" }}>
        {t("subscribers.emails.confirmFallback")} {props.confirmUrl}
      </Text>
    </EmailLayout>
  );
}
