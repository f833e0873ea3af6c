import { Link, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { EmailLayout, textStyle } from "./components/layout";

export type SubscribeWelcomeProps = {
  programName: string;
  /** The preference center (signed link, no sign-in). */
  preferencesUrl: string;
  /** The unsubscribe page (signed link, no sign-in). */
  unsubscribeUrl: string;
};

export const subscribeWelcomePreviewProps: SubscribeWelcomeProps = {
  programName: "Northwind Learning",
  preferencesUrl: "http://localhost:3000/preferences/preview-token",
  unsubscribeUrl: "http://localhost:3000/api/email/unsubscribe?token=preview-token",
};

export function subscribeWelcomeSubject(locale: Locale, props: SubscribeWelcomeProps) {
  return translator(locale)("subscribers.emails.welcomeSubject", { program: props.programName });
}

/** Sent once on confirmation, as bulk mail: it carries the unsubscribe headers and links. */
export default function SubscribeWelcomeEmail({
  locale,
  ...props
}: SubscribeWelcomeProps & { locale: Locale }) {
  const t = translator(locale);
  const small = { ...textStyle, fontSize: 13, color: "#52525b" };
  return (
    <EmailLayout
      locale={locale}
      preview={subscribeWelcomeSubject(locale, props)}
      footer={t("subscribers.emails.welcomeFooter", { program: props.programName })}
    >
      <Text style={textStyle}>
        {t("subscribers.emails.welcomeBody", { program: props.programName })}
      </Text>
      <Text style={small}>
        <Link href={props.preferencesUrl}>{t("subscribers.emails.preferencesLink")}</Link>
        {" · "}
        <Link href={props.unsubscribeUrl}>{t("subscribers.emails.unsubscribeLink")}</Link>
      </Text>
    </EmailLayout>
  );
}
