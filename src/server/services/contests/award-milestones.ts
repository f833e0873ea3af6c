import { and, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db, Executor } from "~/server/db/client";
import { contests } from "~/server/db/schema";
import { awardPoints } from "../gamification/award";
import { scopeOf, type Contest } from "./contest-view";
import { metricValues } from "./metric-values";
import { utcToday } from "~/lib/dates";
import { liveWindow } from "./status";

type Awarded = { enrollment_id: string; milestone_index: number; partner_id: string };

/**
 * Milestones every partner reaching them earns, recorded once each: the insert is idempotent
 * by the primary key and only the rows it actually inserted get points and a notice, so a
 * replay (or two workers at once) never gives anything twice. One insert per contest.
 */
export async function awardContestMilestones(db: Db, today = utcToday()): Promise<number> {
  const due = await db
    .select()
    .from(contests)
    .where(
      and(
        isNotNull(contests.launchedAt),
        isNull(contests.frozenAt),
        isNull(contests.cancelledAt),
        lte(contests.startsOn, today),
        sql`jsonb_array_length(${contests.milestones}) > 0`,
      ),
    );
  let total = 0;
  for (const contest of due) {
    total += await db.transaction((tx) => awardMilestonesFor(tx, contest, today));
  }
  return total;
}

/** Also run by the freeze, in its transaction, so a crossing on the last day is never missed. */
export async function awardMilestonesFor(
  tx: Executor,
  contest: Contest,
  today: string,
): Promise<number> {
  const window = liveWindow(contest, today);
  if (!window || contest.milestones.length === 0) return 0;
  const values = await metricValues(tx, scopeOf(contest), window);
  const ids: string[] = [];
  const indexes: number[] = [];
  contest.milestones.forEach((m, index) => {
    const threshold = BigInt(m.threshold);
    for (const v of values) {
      if (v.value >= threshold) {
        ids.push(v.enrollmentId);
        indexes.push(index);
      }
    }
  });
  if (ids.length === 0) return 0;
  const inserted = (await tx.execute(sql`
    with new_awards as (
      insert into contest_milestone_awards (contest_id, enrollment_id, milestone_index)
      select ${contest.id}, id, idx
      from unnest(${`{${ids.join(",")}}`}::uuid[], ${`{${indexes.join(",")}}`}::int[]) as t(id, idx)
      on conflict do nothing
      returning enrollment_id, milestone_index)
    select n.enrollment_id, n.milestone_index, e.partner_id
    from new_awards n join enrollments e on e.id = n.enrollment_id`)) as unknown as Awarded[];
  if (inserted.length === 0) return 0;
  for (const row of inserted) {
    const milestone = contest.milestones[row.milestone_index];
    await awardPoints(tx, {
      programId: contest.programId,
      enrollmentId: row.enrollment_id,
      event: "contest_milestone",
      sourceKey: `contest:${contest.id}:milestone:${row.milestone_index}`,
      ...(milestone?.points !== undefined ? { points: milestone.points } : {}),
    });
  }
  const notices = inserted.map((row) => ({
    user_id: row.partner_id,
    program_id: contest.programId,
    kind: "contest.milestone",
    data: {
      contestId: contest.id,
      name: contest.name,
      milestoneIndex: row.milestone_index,
      label: contest.milestones[row.milestone_index]?.label ?? "",
    },
  }));
  await tx.execute(sql`
    insert into notifications (user_id, program_id, kind, data)
    select user_id, program_id, kind, data
    from jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
      as t(user_id uuid, program_id uuid, kind text, data jsonb)`);
  return inserted.length;
}
