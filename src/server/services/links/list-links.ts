import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { liveDestination } from "~/lib/validation/destination";
import { links, statsHourly } from "~/server/db/schema";
import { trackingUrl } from "~/server/tracking/tracking-url";
import type { PartnerContext } from "../context";

export const LINK_STATS_DAYS = 30;

export type LinkStats = {
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  commission: bigint;
};

/**
 * The caller's links in one program, newest first, with their last 30 days of clicks and
 * conversions summed from the hourly rollups (a page of links reads at most 720 rows each,
 * never the raw clicks). Keyset-paginated: `after` is the id of the last link seen.
 */
export async function listLinks(ctx: PartnerContext, input: { after?: string; limit: number }) {
  const { program, enrollment, state } = ctx;
  const rows = await ctx.db
    .select()
    .from(links)
    .where(
      and(
        eq(links.programId, program.id),
        eq(links.enrollmentId, enrollment.id),
        // Row comparison on (created_at, id): exact even where two links share a timestamp.
        input.after
          ? sql`(${links.createdAt}, ${links.id}) < (select l.created_at, l.id from links l where l.id = ${input.after} and l.enrollment_id = ${enrollment.id})`
          : undefined,
      ),
    )
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const stats = await linkStats(
    ctx,
    program.id,
    enrollment.id,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    program: { id: program.id, slug: program.slug, name: program.name },
    state,
    items: page.map((row) => ({
      id: row.id,
      code: row.code,
      url: trackingUrl(row.code),
      destination: row.destination,
      // Its domain was removed from the program's list: visitors go elsewhere until replaced.
      destinationAllowed: liveDestination(row.destination, program.allowedDomains).allowed,
      label: row.label,
      subId: row.subId,
      createdAt: row.createdAt,
      disabled: row.disabledAt !== null,
      stats: stats.get(row.id) ?? { clicks: 0, uniqueClicks: 0, conversions: 0, commission: 0n },
    })),
    nextCursor: rows.length > input.limit && last ? last.id : null,
  };
}

async function linkStats(
  ctx: PartnerContext,
  programId: string,
  enrollmentId: string,
  linkIds: string[],
): Promise<Map<string | null, LinkStats>> {
  if (linkIds.length === 0) return new Map();
  const since = new Date(Date.now() - LINK_STATS_DAYS * 86_400_000);
  const rows = await ctx.db
    .select({
      linkId: statsHourly.linkId,
      clicks: sql<number>`coalesce(sum(${statsHourly.clicks}), 0)::int`,
      uniqueClicks: sql<number>`coalesce(sum(${statsHourly.uniqueClicks}), 0)::int`,
      conversions: sql<number>`coalesce(sum(${statsHourly.sales} + ${statsHourly.leads} + ${statsHourly.installs} + ${statsHourly.actions}), 0)::int`,
      commission: sql<string>`coalesce(sum(${statsHourly.commission}), 0)::text`,
    })
    .from(statsHourly)
    .where(
      and(
        eq(statsHourly.programId, programId),
        eq(statsHourly.enrollmentId, enrollmentId),
        inArray(statsHourly.linkId, linkIds),
        gte(statsHourly.hour, since),
      ),
    )
    .groupBy(statsHourly.linkId);
  return new Map(
    rows.map(({ linkId, commission, ...counts }) => [
      linkId,
      { ...counts, commission: BigInt(commission) },
    ]),
  );
}
