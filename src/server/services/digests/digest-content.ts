/**
 * What a partner's digest says, decided from plain facts so the rule "nothing is sent when
 * there is nothing to say" is unit-tested apart from the queries that gather the facts.
 */

export type Counters = { clicks: number; conversions: number; revenue: bigint; commission: bigint };

export type ContestFact = {
  name: string;
  endsOn: string;
  /** Null: not on the table yet (nothing counted in the contest so far). */
  rank: number | null;
  ranked: number;
  /** What it takes to pass the partner above (metric units); null at the top. */
  gapToNextRank: bigint | null;
  nextMilestone: { label: string; remaining: bigint } | null;
  /** Money metrics are shown as amounts in the program's currency, others as counts. */
  money: boolean;
};

export type WebinarFact = { id: string; title: string; startsAt: Date; timeZone: string };
export type CourseFact = { id: string; title: string; done: number; total: number };

export type PartnerFacts = {
  current: Counters;
  previous: Counters;
  /** In the program's currency: the balance now, and what became payable in the period. */
  pending: bigint;
  available: bigint;
  approvedInPeriod: bigint;
  contests: ContestFact[];
  newCreatives: { count: number; names: string[] };
  /** Starting within the next 14 days, open to the partner. */
  webinars: WebinarFact[];
  /** Started and not finished. */
  courses: CourseFact[];
};

/** A number now, before, and the change in whole percent (null when there was nothing before). */
export type Trend = { current: string; previous: string; changePercent: number | null };

/** JSON-safe (amounts as decimal strings of minor units) so it can be the email's props. */
export type DigestSections = {
  stats: { clicks: Trend; conversions: Trend; revenue: Trend; commission: Trend } | null;
  earnings: { pending: string; available: string; approvedInPeriod: string } | null;
  contests: (Omit<ContestFact, "gapToNextRank" | "nextMilestone"> & {
    gapToNextRank: string | null;
    nextMilestone: { label: string; remaining: string } | null;
  })[];
  newCreatives: { count: number; names: string[] } | null;
  webinars: { id: string; title: string; startsAt: string; timeZone: string }[];
  courses: CourseFact[];
};

export function trend(current: bigint | number, previous: bigint | number): Trend {
  const now = BigInt(current);
  const before = BigInt(previous);
  // Integer maths: revenue is bigint minor units and must not pass through a float.
  const changePercent = before === 0n ? null : Number(((now - before) * 100n) / abs(before));
  return { current: now.toString(), previous: before.toString(), changePercent };
}

const abs = (n: bigint) => (n < 0n ? -n : n);
const isZero = (c: Counters) =>
  c.clicks === 0 && c.conversions === 0 && c.revenue === 0n && c.commission === 0n;

/**
 * The digest's sections, or null when there is nothing to say: no activity in the period, no
 * money that moved, no running contest, nothing new. Balances that did not change and
 * unfinished courses are shown when the digest goes out, but never send one on their own:
 * a partner who stopped promoting should not get the same reminder every week.
 */
export function digestContent(facts: PartnerFacts): DigestSections | null {
  const active = !isZero(facts.current);
  const moneyMoved = facts.approvedInPeriod !== 0n;
  const news =
    facts.contests.length > 0 || facts.newCreatives.count > 0 || facts.webinars.length > 0;
  if (!active && !moneyMoved && !news) return null;

  const hasBalance = facts.pending !== 0n || facts.available !== 0n || moneyMoved;
  return {
    stats:
      active || !isZero(facts.previous)
        ? {
            clicks: trend(facts.current.clicks, facts.previous.clicks),
            conversions: trend(facts.current.conversions, facts.previous.conversions),
            revenue: trend(facts.current.revenue, facts.previous.revenue),
            commission: trend(facts.current.commission, facts.previous.commission),
          }
        : null,
    earnings: hasBalance
      ? {
          pending: facts.pending.toString(),
          available: facts.available.toString(),
          approvedInPeriod: facts.approvedInPeriod.toString(),
        }
      : null,
    contests: facts.contests.map((c) => ({
      ...c,
      gapToNextRank: c.gapToNextRank === null ? null : c.gapToNextRank.toString(),
      nextMilestone: c.nextMilestone && {
        label: c.nextMilestone.label,
        remaining: c.nextMilestone.remaining.toString(),
      },
    })),
    newCreatives: facts.newCreatives.count > 0 ? facts.newCreatives : null,
    webinars: facts.webinars.map((w) => ({ ...w, startsAt: w.startsAt.toISOString() })),
    courses: facts.courses,
  };
}
