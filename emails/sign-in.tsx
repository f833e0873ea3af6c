import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

export type SignInProps = { url: string; host: string };

export const signInPreviewProps: SignInProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview",
  host: "localhost:3000",
};

export function signInSubject(locale: Locale, props: SignInProps) {
  return translator(locale)("emails.signIn.subject", { host: props.host });
}

export default function SignInEmail({ locale, ...props }: SignInProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t("emails.signIn.preview")}
      footer={t("emails.signIn.footer")}
    >
      <Text style={textStyle}>{t("emails.signIn.body", { host: props.host })}</Text>
      <Button href={props.url} style={buttonStyle}>
        {t("emails.signIn.button")}
      </Button>
      <Text style={{ ...textStyle, fontSize: 13, color: "#52525b" }}>
        {t("emails.signIn.fallback")} {props.url}
      </Text>
    </EmailLayout>
  );
}
