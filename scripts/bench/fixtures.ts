/**
 * A small program for the HTTP parts of the bench: approved partners with one link each,
 * optionally recruited by one another (for multi-level overrides). Written with plain SQL:
 * the bench measures the ingest server, not the console's services.
 */
import type postgres from "postgres";
import { newLinkCode } from "~/server/services/links/link-code";

export type BenchProgram = {
  programId: string;
  enrollmentIds: string[];
  links: { id: string; code: string; enrollmentId: string }[];
};

export async function createBenchProgram(
  sql: postgres.Sql,
  options: {
    slug: string;
    partners: number;
    requireSignature?: boolean;
    overrideBps?: number[];
    /** Partner i (from 1) is recruited by partner floor(i / fanout) when that is ≥ 1. */
    recruitFanout?: number;
  },
): Promise<BenchProgram> {
  return sql.begin(async (tx) => {
    const [program] = await tx<{ id: string }[]>`
      insert into programs (slug, name, currency, cookie_window_days, hold_period_days,
        current_terms_version, allowed_domains, approval_mode, require_signature, override_bps)
      values (${options.slug}, ${`Bench ${options.slug}`}, 'EUR', 30, 14, 1,
        '{shop.example.com}', 'auto', ${options.requireSignature ?? false},
        ${options.overrideBps ?? []}::integer[])
      returning id`;
    const programId = program!.id;
    const people = Array.from({ length: options.partners }, (_, i) => ({
      email: `${options.slug}-${i + 1}@bench.rally.test`,
      name: `Bench partner ${i + 1}`,
    }));
    const users = await tx<{ id: string }[]>`
      insert into users ${tx(people)} returning id`;

    const enrollmentIds: string[] = [];
    for (const [index, user] of users.entries()) {
      const i = index + 1;
      const recruiter = options.recruitFanout ? Math.floor(i / options.recruitFanout) : 0;
      const [row] = await tx<{ id: string }[]>`
        insert into enrollments (program_id, partner_id, status, accepted_terms_version,
          decided_at, referred_by_id)
        values (${programId}, ${user.id}, 'approved', 1, now(),
          ${recruiter >= 1 ? enrollmentIds[recruiter - 1]! : null})
        returning id`;
      enrollmentIds.push(row!.id);
    }
    const links = enrollmentIds.map((enrollmentId, i) => ({
      program_id: programId,
      enrollment_id: enrollmentId,
      code: newLinkCode(),
      destination: `https://shop.example.com/p/${i + 1}`,
    }));
    const inserted = await tx<{ id: string; code: string; enrollment_id: string }[]>`
      insert into links ${tx(links)}
      returning id, code, enrollment_id`;
    return {
      programId,
      enrollmentIds,
      links: inserted.map((l) => ({ id: l.id, code: l.code, enrollmentId: l.enrollment_id })),
    };
  });
}
