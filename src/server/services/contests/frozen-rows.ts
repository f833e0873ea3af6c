import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { Contest } from "./contest-view";
import type { Viewer } from "./partner-access";
import type { Board, BoardRow } from "./partner-view";

type Row = {
  enrollment_id: string;
  rank: number;
  value: string;
  prize_label: string | null;
  pos: string;
  total: string;
  tied: boolean;
};

/** The frozen results a partner sees: the top of their league and the places around them. */
export async function frozenRows(
  db: Executor,
  contest: Contest,
  viewer: Viewer,
  top: number,
): Promise<Board> {
  const rows = (await db.execute(sql`
    with board as (
      select enrollment_id, rank, value, prize_label,
        row_number() over (order by rank, enrollment_id) as pos,
        count(*) over (partition by rank) > 1 as tied
      from contest_results where contest_id = ${contest.id} and league_key = ${viewer.leagueKey}),
    me as (select pos from board where enrollment_id = ${viewer.enrollmentId})
    select enrollment_id, rank, value::text, prize_label, pos::text, tied,
      (select count(*) from board)::text as total
    from board
    where pos <= ${top} or pos between (select pos from me) - 2 and (select pos from me) + 2
    order by pos`)) as unknown as Row[];
  const shown: BoardRow[] = rows.map((r) => ({
    enrollmentId: r.enrollment_id,
    rank: r.rank,
    value: BigInt(r.value),
    tied: r.tied,
    prizeLabel: r.prize_label,
  }));
  const mine = shown.find((r) => r.enrollmentId === viewer.enrollmentId);
  return {
    shown,
    total: Number(rows[0]?.total ?? 0),
    updatedAt: contest.frozenAt ?? new Date(),
    // The contest is over: there is no next rank to chase.
    me: { rank: mine?.rank ?? null, value: mine?.value ?? 0n, gap: null },
  };
}
