import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { contestDay } from "./contest-started";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** The day before a running contest's last day, to each eligible partner once. */
export type ContestEndingSoonProps = {
  programName: string;
  contestName: string;
  contestId: string;
  endsOn: string;
};

export const contestEndingSoonPreviewProps: ContestEndingSoonProps = {
  programName: "Northwind Learning",
  contestName: "Spring sales sprint",
  contestId: "00000000-0000-4000-8000-000000000000",
  endsOn: "2026-04-30",
};

export function contestEndingSoonSubject(locale: Locale, props: ContestEndingSoonProps) {
  return translator(locale)("emails.contestEndingSoon.subject", { contest: props.contestName });
}

export default function ContestEndingSoonEmail({
  locale,
  ...props
}: ContestEndingSoonProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={contestEndingSoonSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.contestEndingSoon.body", {
          contest: props.contestName,
          program: props.programName,
          end: contestDay(locale, props.endsOn),
        })}
      </Text>
      <Button href={appUrl(`/portal/contests/${props.contestId}`)} style={buttonStyle}>
        {t("emails.contestEndingSoon.button")}
      </Button>
    </EmailLayout>
  );
}
