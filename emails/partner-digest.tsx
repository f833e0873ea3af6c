import { Button, Heading, Link, Text } from "@react-email/components";
import type { Locale } from "~/i18n/locales";
import { minorToDecimal } from "~/lib/money";
import type { DigestSections, Trend } from "~/server/services/digests/digest-content";
import { appUrl } from "./components/app-url";
import { translator as newTranslator } from "~/i18n/translator";
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

/**
 * Thousands of digests render in one run: a translator per language is made once instead of
 * once per message and section (creating one costs several times a lookup).
 */
const translators = new Map<Locale, ReturnType<typeof newTranslator>>();
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = newTranslator(locale)));
  return t;
}

export function partnerDigestSubject(locale: Locale, props: PartnerDigestProps) {
  const t = translator(locale);
  return t(`digests.partner.subject.${props.frequency}`, { program: props.programName });
}

// Intl formatters cost far more to create than to use: one per language (and currency or
// zone) for the whole run.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

/** As formatMoney (exact: Intl gets a decimal string), with the formatter reused. */
export function money(locale: Locale, currency: string, minor: string): string {
  const format = memo(
    `money|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: "currency", currency }),
  );
  return format.format(minorToDecimal(BigInt(minor), currency) as Intl.StringNumericLiteral);
}

/** "23–29 Mar 2026" in the recipient's language; the days are calendar dates, not instants. */
export function periodRange(locale: Locale, from: string, to: string): string {
  const format = memo(
    `range|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  );
  return format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

export const headingStyle = { color: "#18181b", fontSize: 17, margin: "20px 0 4px" } as const;
const smallStyle = {
  color: "#52525b",
  fontSize: 13,
  lineHeight: "20px",
  margin: "0 0 6px",
} as const;

/** Preference center and unsubscribe, in every digest (bulk mail must offer both). */
export function DigestLinks(props: {
  locale: Locale;
  preferencesUrl: string;
  unsubscribeUrl: string;
}) {
  const t = translator(props.locale);
  return (
    <Text style={smallStyle}>
      <Link href={props.preferencesUrl}>{t("digests.preferences")}</Link>
      {" · "}
      <Link href={props.unsubscribeUrl}>{t("digests.unsubscribe")}</Link>
    </Text>
  );
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
      {s.webinars.length > 0 && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.partner.webinars.heading")}
          </Heading>
          <Text style={textStyle}>
            {s.webinars.map((w, i) => (
              <span key={w.id}>
                {i > 0 && <br />}
                {webinarLine(locale, w)}
              </span>
            ))}
          </Text>
        </>
      )}
      {s.courses.length > 0 && (
        <>
          <Heading as="h2" style={headingStyle}>
            {t("digests.partner.courses.heading")}
          </Heading>
          <Text style={textStyle}>
            {s.courses.map((c, i) => (
              <span key={c.id}>
                {i > 0 && <br />}
                {t("digests.partner.courses.item", {
                  title: c.title,
                  done: c.done,
                  total: c.total,
                })}
              </span>
            ))}
          </Text>
        </>
      )}
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

/** "Spring launch — Tue, 31 Mar 2026, 16:00 (Europe/Warsaw)": in the zone it was scheduled in. */
export function webinarLine(
  locale: Locale,
  w: { title: string; startsAt: string; timeZone: string },
): string {
  const format = memo(
    `when|${locale}|${w.timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: w.timeZone,
      }),
  );
  const when = format.format(new Date(w.startsAt));
  return `${w.title} — ${when} (${w.timeZone.replaceAll("_", " ")})`;
}
