import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import type { ContestInput } from "~/server/services/contests/contest-input";
import { freezeDueContests } from "~/server/services/contests/freeze-contest";
import { launchContest } from "~/server/services/contests/launch-contest";
import { metricValues } from "~/server/services/contests/metric-values";
import { createContest } from "~/server/services/contests/save-contest";
import { addDays, utcToday } from "~/lib/dates";
import { liveWindow } from "~/server/services/contests/status";

/**
 * Demo contests: one running this month (revenue, a podium, one milestone most sellers reach
 * and one stretch goal), and the two previous months' contests frozen with results (one shown
 * under aliases). Call once on a fresh demo database, after the demo sales exist.
 */
export async function seedDemoContests(db: Db, input: { programId: string; managerId: string }) {
  const [program] = await db.select().from(programs).where(eq(programs.id, input.programId));
  if (!program) throw new Error("seedDemoContests: program not found");
  const ctx = { db, userId: input.managerId, program };
  const today = utcToday();
  const thisMonth = `${today.slice(0, 8)}01`;
  const lastMonth = monthBefore(thisMonth);
  const monthBeforeLast = monthBefore(lastMonth);

  const base = {
    description: "",
    eligibleTierKeys: [],
    leagues: [],
    hideAmounts: false,
    prizes: [
      { fromRank: 1, toRank: 1, label: "€500 bonus", points: 500 },
      { fromRank: 2, toRank: 2, label: "€250 bonus", points: 250 },
      { fromRank: 3, toRank: 3, label: "€100 bonus", points: 100 },
    ],
  } satisfies Partial<ContestInput>;

  const running = {
    ...base,
    name: "Monthly revenue race",
    description: "Top three sellers this month win a cash bonus; milestones earn points.",
    metric: "revenue",
    startsOn: thisMonth,
    endsOn: addDays(monthAfter(thisMonth), -1),
    milestones: await demoMilestones(db, program.id, lastMonth, addDays(thisMonth, -1)),
    showAliases: false,
  } satisfies ContestInput;
  const { id: runningId } = await createContest(ctx, running);
  await launchContest(ctx, { contestId: runningId }, today);

  const past: ContestInput[] = [
    {
      ...base,
      name: "Last month's revenue race",
      metric: "revenue",
      startsOn: lastMonth,
      endsOn: addDays(thisMonth, -1),
      milestones: [{ threshold: "50000", label: "€500 in sales", points: 50 }],
      showAliases: true,
    },
    {
      ...base,
      name: "Sales sprint",
      metric: "sales",
      startsOn: monthBeforeLast,
      endsOn: addDays(lastMonth, -1),
      milestones: [{ threshold: "5", label: "Five sales", points: 20 }],
      showAliases: false,
    },
  ];
  for (const contest of past) {
    const { id } = await createContest(ctx, contest);
    // Launched "back then": launching refuses a window that is already over.
    await launchContest(ctx, { contestId: id }, contest.startsOn);
  }
  const { frozen } = await freezeDueContests(db, today);
  return { contests: 1 + past.length, frozen: frozen.length };
}

/** One milestone about half of last month's sellers reached, and a stretch goal above the best. */
async function demoMilestones(db: Db, programId: string, from: string, to: string) {
  const window = liveWindow({ startsOn: from, endsOn: to }, utcToday()) ?? { from, to };
  const values = (
    await metricValues(db, { programId, metric: "revenue", eligibleTierKeys: [] }, window)
  )
    .map((v) => v.value)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const median = values[Math.floor(values.length / 2)] ?? 10_000n;
  const best = values.at(-1) ?? 100_000n;
  const round = (v: bigint) => ((v + 999n) / 1000n) * 1000n;
  const reachable = round(median > 0n ? median : 10_000n);
  const stretch = round(best * 2n > reachable ? best * 2n : reachable * 10n);
  return [
    { threshold: reachable.toString(), label: "Steady seller", points: 50 },
    { threshold: stretch.toString(), label: "Record month", points: 200 },
  ];
}

function monthBefore(firstOfMonth: string): string {
  return `${addDays(firstOfMonth, -1).slice(0, 8)}01`;
}

function monthAfter(firstOfMonth: string): string {
  return addDays(firstOfMonth, 32).slice(0, 8) + "01";
}
