import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { offsetOf, pageSchema, pageSizeSchema } from "~/lib/paging";
import { conversions, ledgerEntries } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { recruitAlias } from "./referral-link";

export const networkInput = z.object({
  page: pageSchema,
  pageSize: pageSizeSchema(100, 20),
});
export type NetworkInput = z.input<typeof networkInput>;

type TreeRow = {
  id: string;
  level: number;
  status: "applied" | "approved" | "suspended";
  joined_at: Date | string;
  name: string | null;
  total: string;
};

/**
 * The partners the caller recruited in one program, level by level as deep as the program
 * pays overrides (at least the direct recruits), with the override earnings each one
 * generated for the caller: their ledger entries with the caller as beneficiary and a level
 * above 0, grouped by the conversion's partner (the source), net of reversals and clawbacks.
 *
 * Applicants a manager rejected never joined and are left out.
 *
 * Privacy: direct recruits applied through the caller's own link, so the caller knows them
 * and sees their name. Deeper levels joined through somebody else's link: they are shown by
 * an alias only, so recruiting one partner never reveals the identities of everyone below
 * them. Emails are never shown.
 */
export async function listNetwork(ctx: PartnerContext, input: NetworkInput) {
  const { page, pageSize } = networkInput.parse(input);
  const programId = ctx.program.id;
  const own = {
    id: ctx.enrollment.id,
    overrideBps: ctx.program.overrideBps,
    currency: ctx.program.currency,
  };
  const depth = Math.min(Math.max(own.overrideBps.length, 1), 5);
  const rows = (await ctx.db.execute(sql`
    with recursive tree as (
      select e.id, 1 as level, e.partner_id, e.status, e.applied_at
      from enrollments e
      where e.referred_by_id = ${own.id} and e.program_id = ${programId}
      union all
      select e.id, t.level + 1, e.partner_id, e.status, e.applied_at
      from enrollments e join tree t on e.referred_by_id = t.id
      where t.level < ${depth} and e.program_id = ${programId}
    )
    select t.id, t.level, t.status, t.applied_at as joined_at, u.name,
      count(*) over ()::text as total
    from tree t join users u on u.id = t.partner_id
    where t.id <> ${own.id} and t.status <> 'rejected'
    order by t.level, t.applied_at desc, t.id
    limit ${pageSize} offset ${offsetOf(page, pageSize)}`)) as unknown as TreeRow[];
  const earned = await earnings(
    ctx,
    own.id,
    rows.map((row) => row.id),
  );
  const total = Number(rows[0]?.total ?? (page > 1 ? await countOnly(ctx, own.id, depth) : 0));
  return {
    currency: own.currency,
    depth,
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    totalEarned: earned.total,
    items: rows.map((row) => ({
      level: row.level,
      name: row.level === 1 ? row.name : null,
      alias: recruitAlias(row.id),
      status: row.status,
      joinedAt: new Date(row.joined_at),
      earned: earned.bySource.get(row.id) ?? 0n,
    })),
  };
}

/** The caller's override earnings in the program: from each of `sources`, and in all. */
async function earnings(ctx: PartnerContext, ownId: string, sources: string[]) {
  const mine = and(eq(ledgerEntries.enrollmentId, ownId), gt(ledgerEntries.level, 0));
  const [bySource, [all]] = await Promise.all([
    sources.length === 0
      ? []
      : ctx.db
          .select({
            source: sql<string>`${conversions.enrollmentId}`,
            total: sql<string>`sum(${ledgerEntries.amount})::text`,
          })
          .from(ledgerEntries)
          .innerJoin(conversions, eq(conversions.id, ledgerEntries.conversionId))
          .where(and(mine, inArray(conversions.enrollmentId, sources)))
          .groupBy(conversions.enrollmentId),
    ctx.db
      .select({ total: sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)::text` })
      .from(ledgerEntries)
      .where(mine),
  ]);
  return {
    bySource: new Map(bySource.map((row) => [row.source, BigInt(row.total)])),
    total: BigInt(all?.total ?? "0"),
  };
}

/** A page past the end has no rows to carry the count: count the tree on its own. */
async function countOnly(ctx: PartnerContext, ownId: string, depth: number): Promise<number> {
  const [row] = (await ctx.db.execute(sql`
    with recursive tree as (
      select e.id, 1 as level from enrollments e where e.referred_by_id = ${ownId}
      union all
      select e.id, t.level + 1 from enrollments e join tree t on e.referred_by_id = t.id
      where t.level < ${depth}
    )
    select count(*)::int as n from tree t join enrollments e on e.id = t.id
    where t.id <> ${ownId} and e.status <> 'rejected'`)) as unknown as { n: number }[];
  return row?.n ?? 0;
}
