import { Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { EmailLayout, textStyle } from "./components/layout";

export type ApplicationReceivedProps = { programName: string; programSlug: string };

export const applicationReceivedPreviewProps: ApplicationReceivedProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
};

export function applicationReceivedSubject(locale: Locale, props: ApplicationReceivedProps) {
  return translator(locale)("emails.applicationReceived.subject", { program: props.programName });
}

export default function ApplicationReceivedEmail({
  locale,
  ...props
}: ApplicationReceivedProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t("emails.applicationReceived.subject", { program: props.programName })}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.applicationReceived.body", { program: props.programName })}
      </Text>
    </EmailLayout>
  );
}
