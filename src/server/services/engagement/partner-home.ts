import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import { creatives } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { balanceOf } from "../ledger/balances";
import { partnerBalances } from "../payouts/partner-balances";
import { resolvePeriod } from "../stats/partner/period";
import { readTotals } from "../stats/partner/totals";
import { DAY_MS, utcDay } from "~/lib/dates";
import { previousPeriod } from "~/lib/period";
import { dashboardPanels, type DashboardPanels } from "./dashboard-panels";
import { chooseNextAction, type NextActionFacts } from "./next-action";

/** Creatives this recent count as new on the home page. */
const NEW_CREATIVE_DAYS = 7;

/**
 * The partner's home at a glance, for one program: commission today and this month (each
 * against the span of equal length before it), the balance by state, the engagement panels
 * (contests, webinar, training, tier) and the one next action the rules choose. Figures come
 * from the rollups and the ledger, as on the rest of the dashboard.
 */
export async function partnerHome(ctx: PartnerContext, now = new Date()) {
  const scope = { programId: ctx.program.id, enrollmentId: ctx.enrollment.id };
  const today = resolvePeriod({ preset: "today" }, now);
  const day = utcDay(now);
  const month = resolvePeriod({ from: `${day.slice(0, 8)}01`, to: day }, now);
  const [todayTotals, monthTotals, { balance, payout }, panels, newCreatives, hasClicks] =
    await Promise.all([
      readTotals(ctx.db, scope, today, previousPeriod(today)),
      readTotals(ctx.db, scope, month, previousPeriod(month)),
      balanceHere(ctx),
      dashboardPanels(ctx),
      countNewCreatives(ctx, now),
      everClicked(ctx),
    ]);
  const nextAction = chooseNextAction({
    state: ctx.state,
    course: courseFact(panels),
    webinar: panels.nextWebinar,
    milestone: closestMilestone(panels),
    payout,
    newCreatives,
    hasClicks,
    now,
  });
  return {
    currency: ctx.program.currency,
    today: { commission: todayTotals.current.commission, before: todayTotals.previous.commission },
    month: {
      from: month.from,
      commission: monthTotals.current.commission,
      before: monthTotals.previous.commission,
      conversions: monthTotals.current.conversions.total,
      clicks: monthTotals.current.clicks,
    },
    earnings: {
      pending: balance.pending,
      approved: balance.available + balance.inPayout,
      paid: balance.paid,
      available: balance.available,
    },
    hasClicks,
    panels,
    nextAction,
  };
}

export type PartnerHome = Awaited<ReturnType<typeof partnerHome>>;

/** The course to suggest: the one the next tier waits for, else the first unfinished one. */
function courseFact(panels: DashboardPanels): NextActionFacts["course"] {
  const next = panels.rewards.next;
  if (next?.courseMissing && next.requiredCourse) {
    return { ...next.requiredCourse, required: true, gatesTier: next.name };
  }
  const course = panels.training.next;
  return course
    ? { id: course.id, title: course.title, required: course.required, gatesTier: null }
    : null;
}

function closestMilestone(panels: DashboardPanels): NextActionFacts["milestone"] {
  let best: NextActionFacts["milestone"] = null;
  for (const contest of panels.contests) {
    const next = contest.nextMilestone;
    if (!next || (best && best.progressBps >= next.progressBps)) continue;
    best = {
      contestId: contest.id,
      contestName: contest.name,
      label: next.label,
      remaining: next.remaining,
      progressBps: next.progressBps,
    };
  }
  return best;
}

/**
 * The balance here and whether a payout may be requested, as the earnings page decides it
 * (one read of the balances). Partners in training are not in that list (they cannot be
 * paid yet): their balance is read on its own.
 */
async function balanceHere(ctx: PartnerContext) {
  const mine = (await partnerBalances(ctx)).find((row) => row.program.programId === ctx.program.id);
  const balance =
    mine?.balance ??
    (await balanceOf(ctx.db, { id: ctx.enrollment.id, currency: ctx.program.currency }));
  return {
    balance,
    payout: { eligible: mine?.eligibility === "eligible", available: balance.available },
  };
}

async function countNewCreatives(ctx: PartnerContext, now: Date) {
  const since = new Date(now.getTime() - NEW_CREATIVE_DAYS * DAY_MS);
  const [row] = await ctx.db
    .select({ n: count() })
    .from(creatives)
    .where(
      and(
        eq(creatives.programId, ctx.program.id),
        isNull(creatives.archivedAt),
        gte(creatives.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

/** Whether the partner has ever had a click here: one probe of the daily rollup's index. */
async function everClicked(ctx: PartnerContext) {
  const rows = await ctx.db.execute<{ one: number }>(sql`
    select 1 as one from stats_daily s
    where s.program_id = ${ctx.program.id}::uuid and s.enrollment_id = ${ctx.enrollment.id}::uuid
      and s.clicks > 0
    limit 1`);
  return rows.length > 0;
}
