import { eq, sql } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { contests, type ContestLeague } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { contestView, loadProgramContest, type Contest } from "./contest-view";
import { eligibleSql } from "./eligible-sql";
import { lowestLeague, metricValues } from "./metric-values";
import { utcToday } from "~/lib/dates";
import { comparablePeriod } from "./status";

/**
 * Draft → launched: the rules are fixed from here on. Leagues are assigned from the comparable
 * period before the contest, and every eligible partner is told in the portal.
 */
export async function launchContest(
  ctx: ProgramContext,
  input: { contestId: string },
  today = utcToday(),
) {
  return ctx.db.transaction(async (tx) => {
    const contest = await loadProgramContest(tx, ctx.program.id, input.contestId);
    await tx
      .select({ id: contests.id })
      .from(contests)
      .where(eq(contests.id, contest.id))
      .for("update");
    const [fresh] = await tx.select().from(contests).where(eq(contests.id, contest.id));
    if (!fresh || fresh.launchedAt || fresh.cancelledAt) throw conflict("contestNotDraft");
    if (fresh.endsOn < today) throw conflict("contestWindowOver");
    const launchedAt = new Date();
    await tx.update(contests).set({ launchedAt }).where(eq(contests.id, fresh.id));
    if (fresh.leagues.length > 0) await assignLeagues(tx, fresh, today);
    await tx.execute(sql`
      insert into notifications (user_id, program_id, kind, data)
      select e.partner_id, e.program_id, 'contest.started',
        jsonb_build_object('contestId', ${fresh.id}::text, 'name', ${fresh.name}::text)
      from enrollments e
      where e.program_id = ${fresh.programId} and ${eligibleSql(fresh.eligibleTierKeys)}`);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "contest.launched",
      targetType: "contest",
      targetId: fresh.id,
      data: { name: fresh.name },
    });
    return contestView({ ...fresh, launchedAt }, today);
  });
}

/**
 * The highest league whose minimum the partner's value in the comparable period reaches. Only
 * partners above the lowest league get a row: everyone else (and partners approved later)
 * is in the lowest league, which the reads fill in.
 */
async function assignLeagues(tx: Tx, contest: Contest, today: string) {
  const period = comparablePeriod(contest.startsOn, contest.endsOn, today);
  const values = await metricValues(
    tx,
    {
      programId: contest.programId,
      metric: contest.metric,
      eligibleTierKeys: contest.eligibleTierKeys,
    },
    period,
  );
  const lowest = lowestLeague(contest.leagues);
  const ids: string[] = [];
  const keys: string[] = [];
  for (const row of values) {
    const key = leagueFor(contest.leagues, row.value);
    if (key !== lowest) {
      ids.push(row.enrollmentId);
      keys.push(key);
    }
  }
  if (ids.length === 0) return;
  await tx.execute(sql`
    insert into contest_entries (contest_id, enrollment_id, league_key)
    select ${contest.id}, id, key
    from unnest(${`{${ids.join(",")}}`}::uuid[], ${`{${keys.join(",")}}`}::text[]) as t(id, key)
    on conflict do nothing`);
}

export function leagueFor(leagues: readonly ContestLeague[], value: bigint): string {
  let best: ContestLeague | undefined;
  for (const league of leagues) {
    const min = BigInt(league.minValue);
    if (value >= min && (best === undefined || min > BigInt(best.minValue))) best = league;
  }
  return best?.key ?? lowestLeague(leagues);
}
