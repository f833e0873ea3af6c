import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

export type ApplicationDecidedProps = {
  programName: string;
  programSlug: string;
  approved: boolean;
};

export const applicationDecidedPreviewProps: ApplicationDecidedProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
  approved: true,
};

export function applicationDecidedSubject(locale: Locale, props: ApplicationDecidedProps) {
  const t = translator(locale);
  return props.approved
    ? t("emails.applicationDecided.approvedSubject", { program: props.programName })
    : t("emails.applicationDecided.rejectedSubject", { program: props.programName });
}

export default function ApplicationDecidedEmail({
  locale,
  ...props
}: ApplicationDecidedProps & { locale: Locale }) {
  const t = translator(locale);
  const subject = applicationDecidedSubject(locale, props);
  return (
    <EmailLayout locale={locale} preview={subject} footer={t("emails.footer")}>
      <Text style={textStyle}>
        {props.approved
          ? t("emails.applicationDecided.approvedBody", { program: props.programName })
          : t("emails.applicationDecided.rejectedBody", { program: props.programName })}
      </Text>
      {props.approved && (
        <Button href={appUrl(`/portal/programs/${props.programSlug}`)} style={buttonStyle}>
          {t("emails.applicationDecided.button")}
        </Button>
      )}
    </EmailLayout>
  );
}
