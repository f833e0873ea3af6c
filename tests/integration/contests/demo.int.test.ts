import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contestResults, contests } from "~/server/db/schema/index";
import { seedDemoContests } from "~/server/seed/demo-contests";
import { addDays } from "~/lib/dates";
import { db } from "../../support/db";
import { callerFor } from "../../support/factories";
import { contestProgram, partnerWithCode, sale, today } from "./fixtures";

const daysSinceMonthStart = Number(today.slice(8, 10)) - 1;

describe("seedDemoContests", () => {
  it("seeds a running contest the seller is ranked in and two frozen past contests", async () => {
    const { program, manager } = await contestProgram();
    const seller = await partnerWithCode(program.id);
    const other = await partnerWithCode(program.id);
    await sale(program, seller, 40_000, -daysSinceMonthStart); // this month
    await sale(program, other, 20_000, -daysSinceMonthStart - 3); // last month
    await sale(program, seller, 30_000, -daysSinceMonthStart - 5); // last month
    const result = await seedDemoContests(db, { programId: program.id, managerId: manager.id });
    expect(result).toMatchObject({ contests: 3 });

    const list = await callerFor(manager.id).manage.contests.list({
      programId: program.id,
      page: 1,
    });
    expect(list.items.map((c) => c.status).sort()).toEqual(["final", "final", "running"]);
    const running = list.items.find((c) => c.status === "running")!;
    expect(running.startsOn).toBe(`${today.slice(0, 8)}01`);
    expect(running.milestones).toHaveLength(2);
    const view = await callerFor(seller.user.id).partner.contests.get({ contestId: running.id });
    expect(view.me).toMatchObject({ rank: 1, value: 40_000n });

    const [lastMonth] = await db
      .select()
      .from(contests)
      .where(
        and(eq(contests.programId, program.id), eq(contests.name, "Last month's revenue race")),
      );
    expect(lastMonth?.showAliases).toBe(true);
    const results = await db
      .select()
      .from(contestResults)
      .where(eq(contestResults.contestId, lastMonth!.id))
      .orderBy(contestResults.rank);
    expect(results.map((r) => [r.enrollmentId, r.value, r.prizeLabel])).toEqual([
      [seller.enrollment.id, 30_000n, "€500 bonus"],
      [other.enrollment.id, 20_000n, "€250 bonus"],
    ]);
    expect(addDays(lastMonth!.endsOn, 1)).toBe(running.startsOn);
  });
});
