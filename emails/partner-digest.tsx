import { Button, Heading, Text } from "@react-email/components";
import type { Locale } from "~/i18n/locales";
import type { DigestSections, Trend } from "~/server/services/digests/digest-content";
import { appUrl } from "./components/app-url";
import {
  DigestLinks,
  DigestList,
  headingStyle,
  memo,
  money,
  periodRange,
  translator,
  webinarLine,
} from "./components/digest-parts";
import { buttonStyle, EmailLayout, textStyle } from "./components/layout";

export type PartnerDigestProps = {
  programName: string;
  programSlug: string;
  currency: string;
  frequency: "weekly" | "monthly";
  /** Covered days, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  sections: DigestSections;
  preferencesUrl: string;
  unsubscribeUrl: string;
};

export const partnerDigestPreviewProps: PartnerDigestProps = {
  programName: "Northwind Learning",
  programSlug: "demo",
  currency: "EUR",
  frequency: "weekly",
  from: "2026-03-23",
  to: "2026-03-29",
  sections: {
    stats: {
      clicks: { current: "1240", previous: "1010", changePercent: 22 },
      conversions: { current: "31", previous: "35", changePercent: -11 },
      revenue: { current: "412000", previous: "398050", changePercent: 3 },
      commission: { current: "41200", previous: "0", changePercent: null },
    },
    earnings: { pending: "41200", available: "128000", approvedInPeriod: "23000" },
    contests: [
      {
        name: "Spring sprint",
        endsOn: "2026-04-15",
        rank: 4,
        ranked: 57,
        gapToNextRank: "1501",
        nextMilestone: { label: "Silver", remaining: "20000" },
        money: true,
      },
    ],
    newCreatives: { count: 4, names: ["Spring banner 728×90", "Launch video", "Social post"] },
    webinars: [
      {
        id: "00000000-0000-4000-8000-000000000001",
        title: "Spring launch: what partners need to know",
        startsAt: "2026-03-31T14:00:00.000Z",
        timeZone: "Europe/Warsaw",
      },
    ],
    courses: [
      { id: "00000000-0000-4000-8000-000000000002", title: "Partner basics", done: 2, total: 5 },
    ],
  },
  preferencesUrl: "http://localhost:3000/preferences/preview",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
};

export function partnerDigestSubject(locale: Locale, props: PartnerDigestProps) {
  const t = translator(locale);
  return t(`digests.partner.subject.${props.frequency}`, { program: props.programName });
}

export default function PartnerDigestEmail({
  locale,
  ...props
}: PartnerDigestProps & { locale: Locale }) {
  const t = translator(locale);
  const s = props.sections;
  const number = memo(`number|${locale}`, () => new Intl.NumberFormat(locale));
  const amount = (minor: string) => money(locale, props.currency, minor);
  const change = (trend: Trend) =>
    trend.changePercent === null
      ? trend.current === "0"
        ? ""
        : ` (${t("digests.partner.stats.new")})`
      : ` (${t("digests.partner.stats.change", { percent: `${trend.changePercent > 0 ? "+" : ""}${trend.changePercent}` })})`;
  const line = (
    key: "clicks" | "conversions" | "revenue" | "commission",
    trend: Trend,
    format: (v: string) => string,
  ) => `${t(`digests.partner.stats.${key}`)}: ${format(trend.current)}${change(trend)}`;
  const count = (v: string) => number.format(Number(v));
  return (
    <EmailLayout
      locale={locale}
      preview={partnerDigestSubject(locale, props)}
      footer={t("digests.partner.footer", { program: props.programName })}
    >
      <Text style={textStyle}>
        {t("digests.partner.intro", {
          program: props.programName,
          range: periodRange(locale, props.from, props.to),
        })}
      </Text>
      {s.stats && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t(`digests.partner.stats.heading.${props.frequency}`)}
          </Heading>
          <Text style={textStyle}>
            {line("clicks", s.stats.clicks, count)}
            <br />
            {line("conversions", s.stats.conversions, count)}
            <br />
            {line("revenue", s.stats.revenue, amount)}
            <br />
            {line("commission", s.stats.commission, amount)}
          </Text>
        </>
      )}
      {s.earnings && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.partner.earnings.heading")}
          </Heading>
          <Text style={textStyle}>
            {t("digests.partner.earnings.pending", { amount: amount(s.earnings.pending) })}
            <br />
            {t("digests.partner.earnings.available", { amount: amount(s.earnings.available) })}
            {s.earnings.approvedInPeriod !== "0" && (
              <>
                <br />
                {t("digests.partner.earnings.approved", {
                  amount: amount(s.earnings.approvedInPeriod),
                })}
              </>
            )}
          </Text>
        </>
      )}
      {s.contests.length > 0 && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.partner.contests.heading")}
          </Heading>
          {s.contests.map((c, i) => {
            const value = (v: string) => (c.money ? amount(v) : count(v));
            return (
              <Text key={i} style={textStyle}>
                <strong>{c.name}</strong>
                <br />
                {c.rank === null
                  ? t("digests.partner.contests.unranked")
                  : t("digests.partner.contests.rank", { rank: c.rank, ranked: c.ranked })}
                {c.gapToNextRank !== null && (
                  <>
                    <br />
                    {t("digests.partner.contests.gap", { gap: value(c.gapToNextRank) })}
                  </>
                )}
                {c.nextMilestone && (
                  <>
                    <br />
                    {t("digests.partner.contests.milestone", {
                      remaining: value(c.nextMilestone.remaining),
                      label: c.nextMilestone.label,
                    })}
                  </>
                )}
                <br />
                {t("digests.partner.contests.ends", {
                  date: periodRange(locale, c.endsOn, c.endsOn),
                })}
              </Text>
            );
          })}
        </>
      )}
      {s.newCreatives && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.partner.creatives.heading")}
          </Heading>
          <Text style={textStyle}>
            {t("digests.partner.creatives.body", {
              count: s.newCreatives.count,
              names: s.newCreatives.names.join(", "),
            })}
          </Text>
        </>
      )}
      <DigestList
        heading={t("digests.partner.webinars.heading")}
        items={s.webinars.map((w) => ({ key: w.id, text: webinarLine(locale, w) }))}
      />
      <DigestList
        heading={t("digests.partner.courses.heading")}
        items={s.courses.map((c) => ({
          key: c.id,
          text: t("digests.partner.courses.item", { title: c.title, done: c.done, total: c.total }),
        }))}
      />
      <Button href={appUrl(`/portal/programs/${props.programSlug}`)} style={buttonStyle}>
        {t("digests.partner.button")}
      </Button>
      <DigestLinks
        locale={locale}
        preferencesUrl={props.preferencesUrl}
        unsubscribeUrl={props.unsubscribeUrl}
      />
    </EmailLayout>
  );
}
