import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** New program terms: partners must accept them on the program page to keep working. */
export type TermsUpdatedProps = {
  programName: string;
  programSlug: string;
  version: number;
};

export const termsUpdatedPreviewProps: TermsUpdatedProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
  version: 2,
};

export function termsUpdatedSubject(locale: Locale, props: TermsUpdatedProps) {
  return translator(locale)("emails.termsUpdated.subject", { program: props.programName });
}

export default function TermsUpdatedEmail({
  locale,
  ...props
}: TermsUpdatedProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={termsUpdatedSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.termsUpdated.body", { program: props.programName, version: props.version })}
      </Text>
      <Text style={textStyle}>{t("emails.termsUpdated.action")}</Text>
      <Button
        href={appUrl(`/portal/programs/${encodeURIComponent(props.programSlug)}`)}
        style={buttonStyle}
      >
        {t("emails.termsUpdated.button")}
      </Button>
    </EmailLayout>
  );
}
