import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "~/i18n/locales";
import type { ProgramSections } from "~/server/services/digests/program-content";
import { appUrl } from "./components/app-url";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";
import {
  DigestLinks,
  DigestList,
  headingStyle,
  periodRange,
  translator,
  webinarLine,
} from "./components/digest-parts";

export type ProgramDigestProps = {
  programName: string;
  programSlug: string;
  frequency: "weekly" | "monthly";
  from: string;
  to: string;
  sections: ProgramSections;
  preferencesUrl: string;
  unsubscribeUrl: string;
};

export const programDigestPreviewProps: ProgramDigestProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
  frequency: "weekly",
  from: "2026-03-23",
  to: "2026-03-29",
  sections: {
    contests: [
      {
        id: "00000000-0000-4000-8000-000000000011",
        name: "Spring sprint",
        startsOn: "2026-04-01",
        endsOn: "2026-04-30",
      },
    ],
    webinars: [
      {
        id: "00000000-0000-4000-8000-000000000012",
        title: "Spring launch: what partners need to know",
        startsAt: "2026-03-31T14:00:00.000Z",
        timeZone: "Europe/Warsaw",
      },
    ],
    courses: [
      {
        id: "00000000-0000-4000-8000-000000000013",
        title: "Partner basics",
        summary: "Links, creatives and payouts in twenty minutes.",
      },
    ],
    announcements: [
      {
        id: "00000000-0000-4000-8000-000000000014",
        title: "Higher commission on annual plans",
        kind: "news",
      },
    ],
  },
  preferencesUrl: "http://localhost:3000/preferences/preview",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
};

export function programDigestSubject(locale: Locale, props: ProgramDigestProps) {
  const t = translator(locale);
  return t(`digests.program.subject.${props.frequency}`, { program: props.programName });
}

export default function ProgramDigestEmail({
  locale,
  ...props
}: ProgramDigestProps & { locale: Locale }) {
  const t = translator(locale);
  const s = props.sections;
  return (
    <EmailLayout
      locale={locale}
      preview={programDigestSubject(locale, props)}
      footer={t("digests.program.footer", { program: props.programName })}
    >
      <Text style={textStyle}>
        {t("digests.program.intro", {
          program: props.programName,
          range: periodRange(locale, props.from, props.to),
        })}
      </Text>
      <DigestList
        heading={t("digests.program.announcements")}
        items={s.announcements.map((a) => ({ key: a.id, text: a.title }))}
      />
      <DigestList
        heading={t("digests.program.contests")}
        items={s.contests.map((c) => ({
          key: c.id,
          text: `${c.name} — ${periodRange(locale, c.startsOn, c.endsOn)}`,
        }))}
      />
      <DigestList
        heading={t("digests.program.webinars")}
        items={s.webinars.map((w) => ({ key: w.id, text: webinarLine(locale, w) }))}
      />
      {s.courses.length > 0 && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.program.courses")}
          </Heading>
          {s.courses.map((c) => (
            <Text key={c.id} style={textStyle}>
              <strong>{c.title}</strong>
              {c.summary && (
                <>
                  <br />
                  {c.summary}
                </>
              )}
            </Text>
          ))}
        </>
      )}
      <Button href={appUrl(`/portal/programs/${props.programSlug}`)} style={buttonStyle}>
        {t("digests.program.button", { program: props.programName })}
      </Button>
      <DigestLinks
        locale={locale}
        preferencesUrl={props.preferencesUrl}
        unsubscribeUrl={props.unsubscribeUrl}
      />
    </EmailLayout>
  );
}
