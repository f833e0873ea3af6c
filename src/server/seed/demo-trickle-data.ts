/** What the live trickle reads from the database. */
import { eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import type { Program } from "~/server/services/program";
import type { TrickleLink } from "./demo-trickle-plan";

export type TrickleWorld = { program: Program; links: TrickleLink[]; promoCodes: string[] };

/** The demo program, its links of approved partners with recent traffic, and promo codes. */
export async function loadWorld(db: Db): Promise<TrickleWorld | null> {
  const [program] = await db.select().from(programs).where(eq(programs.slug, "demo"));
  if (!program) return null;
  const links = await db.execute<{
    code: string;
    enrollment_id: string;
    weight: number;
    demo: boolean;
  }>(sql`
    select l.code, l.enrollment_id, u.email = ${DEMO_USERS.partner} as demo,
      coalesce((select sum(s.clicks) from stats_hourly s
        where s.link_id = l.id and s.hour > now() - interval '7 days'), 0)::int as weight
    from links l
    join enrollments e on e.id = l.enrollment_id and e.status = 'approved'
    join users u on u.id = e.partner_id
    where l.program_id = ${program.id} and l.disabled_at is null
    order by l.code`);
  const codes = await db.execute<{ code: string }>(sql`
    select p.code from promo_codes p join enrollments e on e.id = p.enrollment_id
    where p.program_id = ${program.id} and p.disabled_at is null and e.status = 'approved'
    order by p.code`);
  return {
    program,
    links: [...links].map((row) => ({
      code: row.code,
      enrollmentId: row.enrollment_id,
      weight: row.weight,
      isDemoPartner: row.demo,
    })),
    promoCodes: [...codes].map((row) => row.code),
  };
}

/**
 * The latest click on the link that a merchant could report now: at least two minutes old (a
 * sale seconds after a click is flagged as fraud) and not from a source in a click burst —
 * without TRUST_PROXY every trickle visit comes from this machine's address, which is one.
 */
export async function recentClick(db: Db, program: Program, code: string): Promise<string | null> {
  const [row] = await db.execute<{ id: string }>(sql`
    select c.id from (
      select k.id, k.occurred_at, k.ip_hash from clicks k join links l on l.id = k.link_id
      where l.code = ${code} and k.is_unique and k.billable
        and k.occurred_at between now() - interval '3 days' and now() - interval '2 minutes'
      order by k.occurred_at desc limit 200
    ) c
    where (select count(*) from clicks s
      where s.program_id = ${program.id} and s.ip_hash = c.ip_hash
        and s.occurred_at between c.occurred_at - interval '10 minutes' and c.occurred_at
    ) <= ${program.clickBurstLimit}
    order by c.occurred_at desc limit 1`);
  return row?.id ?? null;
}
