import { sql } from "drizzle-orm";
import type { ProgramContext } from "../context";
import { dailySeries } from "../stats/program/daily-series";
import { programOverview } from "../stats/program/program-overview";
import { utcDay } from "~/lib/dates";
import { attentionList } from "./attention";
import { attentionCounts } from "./attention-counts";
import { endingContests } from "./ending-contests";
import { monthToDate } from "./month-span";
import { topMovers } from "./top-movers";

/**
 * The program's cockpit: this month to date against the same days of the previous month
 * (programOverview's figures), the partners who moved most, what needs the manager, and the
 * daily revenue of both months for the trend. Every part is an indexed read of a rollup or a
 * count; they run in parallel.
 */
export async function programCockpit(ctx: ProgramContext, now: Date = new Date()) {
  const span = monthToDate(now);
  const [overview, movers, counts, contests, series, setup] = await Promise.all([
    programOverview(ctx, { period: span.current, compareWith: span.previous }, now),
    topMovers(ctx.db, ctx.program.id, span),
    attentionCounts(ctx.db, [ctx.program.id], now),
    endingContests(ctx, utcDay(now)),
    // The whole previous month, so its line is drawn to its end behind this month's.
    dailySeries(ctx, { from: span.previous.from, to: span.current.to }),
    setupState(ctx),
  ]);
  const contestWarnings = contests.filter((contest) => contest.warning).length;
  const counted = counts.get(ctx.program.id)!;
  const revenueOf = (inMonth: (day: string) => boolean) =>
    series.filter((day) => inMonth(day.day)).map((day) => ({ day: day.day, revenue: day.revenue }));
  return {
    span,
    currency: ctx.program.currency,
    kpis: { current: overview.current, prior: overview.prior, owed: overview.owed },
    movers,
    attention: attentionList(ctx.program.slug, counted, { contestWarnings }),
    endingContests: contests,
    trend: {
      current: revenueOf((day) => day >= span.current.from),
      previous: revenueOf((day) => day < span.current.from),
    },
    setup,
    /** No partner has ever applied and nothing was ever sold: the page shows how to start. */
    isNew: !setup.partners && !setup.conversions,
  };
}

export type ProgramCockpit = Awaited<ReturnType<typeof programCockpit>>;

/** What the program has so far, for the getting-started checklist: one statement of probes. */
async function setupState(ctx: ProgramContext) {
  const id = ctx.program.id;
  const [row] = await ctx.db.execute<Record<string, boolean>>(sql`
    select
      exists (select 1 from enrollments where program_id = ${id}) as partners,
      exists (select 1 from conversions where program_id = ${id}) as conversions,
      exists (select 1 from subscribers where program_id = ${id}) as subscribers,
      exists (select 1 from commission_rules where program_id = ${id}) as rules,
      exists (select 1 from creatives where program_id = ${id} and archived_at is null) as creatives,
      exists (select 1 from contests where program_id = ${id}) as contests`);
  const flag = (key: string) => Boolean(row?.[key]);
  return {
    partners: flag("partners"),
    conversions: flag("conversions"),
    subscribers: flag("subscribers"),
    rules: flag("rules"),
    creatives: flag("creatives"),
    contests: flag("contests"),
  };
}
