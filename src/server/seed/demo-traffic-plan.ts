/**
 * How many clicks and banner views each demo link gets on each day of the history: the
 * partner's power-law weight, the link's share of it, weekly seasonality, slow growth, a sale
 * spike and lumpy noise. Pure; demo-traffic.ts turns the plan into rows with bulk SQL.
 */
import type { DemoLink } from "./demo-links";
import type { DemoPartner } from "./demo-partners";
import { logNormal, poisson, type Random } from "./demo-random";
import { DAY_MS } from "~/lib/dates";

export const HISTORY_DAYS = 90;
export const TARGET_CLICKS = 240_000;

export type TrafficCell = {
  linkId: string;
  enrollmentId: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** Link code and day: what the rows' pseudo-random values derive from (ids differ per run). */
  seed: string;
  clicks: number;
  impressions: number;
  /**
   * Events fall between these points of the day's time-of-day distribution (dayShare): after
   * the link existed and, today, before now.
   */
  fromShare: number;
  toShare: number;
  subId: string | null;
};

// Sunday first: people click less at weekends.
const WEEKDAY = [0.72, 1.05, 1.12, 1.1, 1.04, 0.93, 0.78];

/*
 * Time of day: 40 % of visits spread over the whole day, 60 % between 07:00 and 22:00 UTC
 * (Europe's and America's waking hours overlap there). dayShare is the distribution's CDF;
 * the SQL inverts it piecewise (demo-traffic.ts).
 */
export const BUSY_FROM = 25_200;
export const BUSY_TO = 79_200;
const BUSY_SHARE = 0.6;

/** Share of a day's visits that happen before `seconds` past midnight. */
export function dayShare(seconds: number): number {
  const busy = Math.min(Math.max(seconds - BUSY_FROM, 0), BUSY_TO - BUSY_FROM);
  return ((1 - BUSY_SHARE) * seconds) / 86_400 + (BUSY_SHARE * busy) / (BUSY_TO - BUSY_FROM);
}

/** Start (UTC midnight) of history day `index`; day HISTORY_DAYS - 1 is today. */
export function historyDayStart(now: Date, index: number): Date {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(today - (HISTORY_DAYS - 1 - index) * DAY_MS);
}

/** The program-wide traffic level of a day, around 1. */
export function dayFactor(index: number, start: Date): number {
  const weekday = WEEKDAY[start.getUTCDay()] ?? 1;
  const growth = 0.8 + (0.4 * index) / (HISTORY_DAYS - 1);
  // A two-day spring sale about six weeks ago.
  const spike = index === 48 || index === 49 ? 1.7 : 1;
  return weekday * growth * spike;
}

export function planTraffic(
  random: Random,
  partners: readonly DemoPartner[],
  links: readonly DemoLink[],
  now: Date,
  targetClicks = TARGET_CLICKS,
): TrafficCell[] {
  const weightOf = new Map(partners.map((partner) => [partner.enrollmentId, partner.weight]));
  const raw: { cell: TrafficCell; expected: number; bannerRatio: number }[] = [];
  for (let index = 0; index < HISTORY_DAYS; index++) {
    const start = historyDayStart(now, index);
    const span = Math.min(86_400, Math.floor((now.getTime() - start.getTime()) / 1000) - 60);
    if (span <= 0) continue;
    const factor = dayFactor(index, start);
    for (const link of links) {
      const from = Math.max(0, Math.ceil((link.createdAt.getTime() - start.getTime()) / 1000));
      if (from >= span) continue;
      const weight = weightOf.get(link.enrollmentId) ?? 0;
      raw.push({
        cell: {
          linkId: link.id,
          enrollmentId: link.enrollmentId,
          day: start.toISOString().slice(0, 10),
          seed: `${link.code}:${start.toISOString().slice(0, 10)}:`,
          clicks: 0,
          impressions: 0,
          fromShare: dayShare(from),
          toShare: dayShare(span),
          subId: link.subId,
        },
        expected:
          weight *
          link.share *
          factor *
          (dayShare(span) - dayShare(from)) *
          logNormal(random, 0.45),
        bannerRatio: link.bannerRatio,
      });
    }
  }
  const scale = targetClicks / raw.reduce((sum, item) => sum + item.expected, 0);
  const cells: TrafficCell[] = [];
  for (const { cell, expected, bannerRatio } of raw) {
    cell.clicks = poisson(random, expected * scale);
    cell.impressions = bannerRatio > 0 ? poisson(random, cell.clicks * bannerRatio) : 0;
    if (cell.clicks > 0 || cell.impressions > 0) cells.push(cell);
  }
  return cells;
}
