import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** Sent to each prize winner when a contest's standings are frozen. */
export type ContestResultsProps = {
  programName: string;
  contestName: string;
  contestId: string;
  rank: number;
  prizeLabel: string;
};

export const contestResultsPreviewProps: ContestResultsProps = {
  programName: "Northwind Learning",
  contestName: "Spring sales sprint",
  contestId: "00000000-0000-4000-8000-000000000000",
  rank: 1,
  prizeLabel: "Weekend trip for two",
};

export function contestResultsSubject(locale: Locale, props: ContestResultsProps) {
  return translator(locale)("emails.contestResults.subject", { contest: props.contestName });
}

export default function ContestResultsEmail({
  locale,
  ...props
}: ContestResultsProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={contestResultsSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.contestResults.body", {
          contest: props.contestName,
          program: props.programName,
          rank: props.rank,
          prize: props.prizeLabel,
        })}
      </Text>
      <Button href={appUrl(`/portal/contests/${props.contestId}`)} style={buttonStyle}>
        {t("emails.contestResults.button")}
      </Button>
    </EmailLayout>
  );
}
