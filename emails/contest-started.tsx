import { Button, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

/** Sent to each eligible partner when a contest is launched. */
export type ContestStartedProps = {
  programName: string;
  contestName: string;
  contestId: string;
  /** ISO dates (UTC days). */
  startsOn: string;
  endsOn: string;
};

export const contestStartedPreviewProps: ContestStartedProps = {
  programName: "Northwind Learning",
  contestName: "Spring sales sprint",
  contestId: "00000000-0000-4000-8000-000000000000",
  startsOn: "2026-04-01",
  endsOn: "2026-04-30",
};

/** A contest day in the reader's language; contest days are UTC days. */
export function contestDay(locale: Locale, day: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function contestStartedSubject(locale: Locale, props: ContestStartedProps) {
  return translator(locale)("emails.contestStarted.subject", { contest: props.contestName });
}

export default function ContestStartedEmail({
  locale,
  ...props
}: ContestStartedProps & { locale: Locale }) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={contestStartedSubject(locale, props)}
      footer={t("emails.footer")}
    >
      <Text style={textStyle}>
        {t("emails.contestStarted.body", {
          contest: props.contestName,
          program: props.programName,
          start: contestDay(locale, props.startsOn),
          end: contestDay(locale, props.endsOn),
        })}
      </Text>
      <Button href={appUrl(`/portal/contests/${props.contestId}`)} style={buttonStyle}>
        {t("emails.contestStarted.button")}
      </Button>
    </EmailLayout>
  );
}
