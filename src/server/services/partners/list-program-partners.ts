import { and, asc, count, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { containsPattern } from "~/lib/like-pattern";
import { tierKeySchema } from "~/lib/validation/commission-rules";
import { enrollments, enrollmentStatus, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { rankPartners } from "../stats/program/rank-partners";
import { performanceWindow, type DayWindow } from "./performance-window";
import { programTierKeys } from "./tier-keys";
import { windowStatsFor } from "./window-stats";
import { offsetOf, pageSchema, pageSizeSchema } from "~/lib/paging";

export const PARTNER_SORTS = ["newest", "name", "clicks", "conversions", "commission"] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export const listProgramPartnersInput = z.object({
  /** Part of the partner's name, email or referral code. */
  search: z.string().trim().max(100).optional(),
  status: z.enum(enrollmentStatus.enumValues).optional(),
  /** A tier key, or null for partners without a tier. */
  tier: tierKeySchema.nullable().optional(),
  sort: z.enum(PARTNER_SORTS).default("newest"),
  page: pageSchema,
  pageSize: pageSizeSchema(100, 25),
});

export type ListProgramPartnersQuery = z.input<typeof listProgramPartnersInput>;

/**
 * The console's partner list: filtered, sorted and paged in the database, each row with its
 * last 30 days of clicks, conversions and commission from the daily rollup.
 *
 * Sorting by performance reuses the leaderboard (rankPartners: running totals, or the daily
 * rollup for clicks) for the whole program, then joins it to the filtered partners, so the
 * order is the leaderboard's (value descending, enrollment id ascending) with the partners it
 * leaves out (no activity in the window) counted as zero. The rest of the page never reads
 * more than the page's own rows of the rollup.
 */
export async function listProgramPartners(ctx: ProgramContext, query: ListProgramPartnersQuery) {
  const { search, status, tier, sort, page, pageSize } = listProgramPartnersInput.parse(query);
  const window = performanceWindow(new Date());
  const pattern = search ? containsPattern(search) : undefined;
  const filters = and(
    eq(enrollments.programId, ctx.program.id),
    status ? eq(enrollments.status, status) : undefined,
    tier === null ? isNull(enrollments.tierKey) : tier ? eq(enrollments.tierKey, tier) : undefined,
    pattern
      ? or(
          ilike(users.email, pattern),
          ilike(users.name, pattern),
          ilike(enrollments.referralCode, pattern),
        )
      : undefined,
  );

  // The count and the leaderboard (when sorting by performance) do not depend on each other.
  const [total, ranked, tierOptions] = await Promise.all([
    ctx.db
      .select({ value: count() })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(filters)
      .then(([row]) => row?.value ?? 0),
    sort === "newest" || sort === "name" ? null : rankingOf(ctx, sort, window),
    programTierKeys(ctx.db, ctx.program.id),
  ]);
  const order =
    sort === "newest"
      ? [desc(enrollments.appliedAt), desc(enrollments.id)]
      : sort === "name"
        ? [asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(enrollments.id)]
        : [sql`coalesce(ranked.value, 0) desc`, asc(enrollments.id)];
  const base = ctx.db
    .select({
      id: enrollments.id,
      name: users.name,
      email: users.email,
      status: enrollments.status,
      tierKey: enrollments.tierKey,
      referralCode: enrollments.referralCode,
      appliedAt: enrollments.appliedAt,
      decidedAt: enrollments.decidedAt,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .$dynamic();
  const items = await (
    ranked ? base.leftJoin(ranked, sql`ranked.enrollment_id = ${enrollments.id}`) : base
  )
    .where(filters)
    .orderBy(...order)
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  const stats = await windowStatsFor(
    ctx.db,
    ctx.program.id,
    items.map((item) => item.id),
    window,
  );
  return {
    items: items.map((item) => ({ ...item, stats: stats.get(item.id)! })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    window,
    /** The tiers the filter offers: those the program's rules name. */
    tierOptions,
  };
}

/**
 * The program's leaderboard for one metric as a joinable relation ranked(enrollment_id, value).
 * Passed as two array literals (one parameter each, whatever the number of partners) rather
 * than one parameter per partner.
 */
async function rankingOf(
  ctx: ProgramContext,
  metric: Exclude<PartnerSort, "newest" | "name">,
  window: DayWindow,
) {
  const ranking = await rankPartners(ctx.db, { programId: ctx.program.id, metric, ...window });
  const ids = `{${ranking.map((row) => row.enrollmentId).join(",")}}`;
  const values = `{${ranking.map((row) => row.value.toString()).join(",")}}`;
  return sql`unnest(${ids}::uuid[], ${values}::numeric[]) as ranked(enrollment_id, value)`;
}
