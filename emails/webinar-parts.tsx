import { Button, Link, Text } from "@react-email/components";
import { translator } from "~/i18n/translator";
import type { Locale } from "~/i18n/locales";
import { appUrl } from "./components/app-url";
import { buttonStyle, textStyle } from "./components/layout";

/** What every webinar email knows; plain JSON (the start is an ISO instant). */
export type WebinarEmailBase = {
  webinarId: string;
  programName: string;
  title: string;
  startsAt: string;
  /** IANA zone the manager scheduled in: the email shows the time there and names it. */
  timeZone: string;
  durationMinutes: number;
  joinUrl: string;
};

export const webinarPreviewBase: WebinarEmailBase = {
  webinarId: "00000000-0000-4000-8000-000000000001",
  programName: "Northwind Learning",
  title: "Spring launch: what partners need to know",
  startsAt: "2026-03-31T14:00:00.000Z",
  timeZone: "Europe/Warsaw",
  durationMinutes: 45,
  joinUrl: "https://meet.example.com/northwind-spring",
};

/** "Tuesday, 31 March 2026 at 16:00 (Europe/Warsaw)" in the recipient's language. */
export function webinarWhen(locale: Locale, props: WebinarEmailBase): string {
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: props.timeZone,
  }).format(new Date(props.startsAt));
  return `${time} (${props.timeZone.replaceAll("_", " ")})`;
}

/** The when, how long and where of a webinar, then a button to the portal's webinars page. */
export function WebinarFacts({ locale, props }: { locale: Locale; props: WebinarEmailBase }) {
  const t = translator(locale);
  return (
    <>
      <Text style={textStyle}>
        <strong>{props.title}</strong>
        <br />
        {t("webinars.emails.when", { when: webinarWhen(locale, props) })}
        <br />
        {t("webinars.emails.duration", { minutes: props.durationMinutes })}
        <br />
        {t("webinars.emails.join")} <Link href={props.joinUrl}>{props.joinUrl}</Link>
      </Text>
      <Button href={appUrl(`/portal/webinars#webinar-${props.webinarId}`)} style={buttonStyle}>
        {t("webinars.emails.open")}
      </Button>
    </>
  );
}
