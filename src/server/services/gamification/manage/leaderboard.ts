import { sql } from "drizzle-orm";
import { z } from "zod";
import type { ProgramContext } from "../../context";
import { offsetOf, pageSchema } from "~/lib/paging";

export const leaderboardInput = z.object({
  page: pageSchema,
  limit: z.number().int().min(1).max(100).default(25),
  /** "window": points within the program's tier window; "all": all time. */
  range: z.enum(["window", "all"]).default("window"),
});

type Row = {
  enrollment_id: string;
  name: string | null;
  email: string;
  tier_key: string | null;
  points: number;
  total: number;
};

/**
 * The program's partners by points, a page at a time. Ties go to the earlier enrollment id,
 * so pages never repeat or skip a partner. `total` counts every partner with points.
 */
export async function pointsLeaderboard(
  ctx: ProgramContext,
  input: z.input<typeof leaderboardInput>,
) {
  const { page, limit, range } = leaderboardInput.parse(input);
  const since =
    range === "all" ? new Date(0) : new Date(Date.now() - ctx.program.tierWindowDays * 86_400_000);
  const rows = await ctx.db.execute<Row>(sql`
    with sums as (
      select a.enrollment_id, sum(a.points)::int as points
      from point_awards a
      where a.program_id = ${ctx.program.id}::uuid and a.created_at > ${since.toISOString()}::timestamptz
      group by a.enrollment_id
    )
    select s.enrollment_id, u.name, u.email, e.tier_key, s.points, count(*) over ()::int as total
    from sums s
    join enrollments e on e.id = s.enrollment_id
    join users u on u.id = e.partner_id
    order by s.points desc, s.enrollment_id
    limit ${limit} offset ${offsetOf(page, limit)}`);
  return {
    page,
    limit,
    total: rows[0]?.total ?? 0,
    items: rows.map((row, index) => ({
      rank: offsetOf(page, limit) + index + 1,
      enrollmentId: row.enrollment_id,
      name: row.name,
      email: row.email,
      tierKey: row.tier_key,
      points: Number(row.points),
    })),
  };
}
